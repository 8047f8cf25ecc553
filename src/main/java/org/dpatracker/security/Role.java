package org.dpatracker.security;

import static org.dpatracker.security.Permission.AUDITS_RECORD;
import static org.dpatracker.security.Permission.CATALOGUES_MANAGE;
import static org.dpatracker.security.Permission.DOCUMENTS_EXPORT;
import static org.dpatracker.security.Permission.HISTORY_READ;
import static org.dpatracker.security.Permission.HISTORY_VERIFY;
import static org.dpatracker.security.Permission.RECORDS_APPROVE;
import static org.dpatracker.security.Permission.REGISTER_EDIT;
import static org.dpatracker.security.Permission.REGISTER_READ;
import static org.dpatracker.security.Permission.SETTINGS_MANAGE;
import static org.dpatracker.security.Permission.SUBPROCESSOR_CHANGES_DECIDE;
import static org.dpatracker.security.Permission.USERS_MANAGE;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The permission matrix: the one place that says which role may do what. */
public enum Role {
    /** Users, catalogues and settings. */
    ADMIN(USERS_MANAGE, CATALOGUES_MANAGE, SETTINGS_MANAGE, HISTORY_READ, HISTORY_VERIFY),
    /** Data protection officer: edits the register. */
    DPO(
            REGISTER_READ,
            REGISTER_EDIT,
            AUDITS_RECORD,
            DOCUMENTS_EXPORT,
            SUBPROCESSOR_CHANGES_DECIDE,
            RECORDS_APPROVE,
            HISTORY_READ),
    /** Reads everything, records audits, exports documents. */
    AUDITOR(REGISTER_READ, AUDITS_RECORD, DOCUMENTS_EXPORT, HISTORY_READ, HISTORY_VERIFY),
    /** Reads the register and decides on subprocessor changes. */
    MANAGER(REGISTER_READ, SUBPROCESSOR_CHANGES_DECIDE);

    private final Set<Permission> permissions;

    Role(Permission first, Permission... rest) {
        this.permissions = EnumSet.of(first, rest);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public static Set<Permission> permissionsOf(Collection<Role> roles) {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> all.addAll(role.permissions));
        return all;
    }
}
