package org.dpatracker.apitoken;

import static org.dpatracker.security.Permission.AUDITS_RECORD;
import static org.dpatracker.security.Permission.DOCUMENTS_EXPORT;
import static org.dpatracker.security.Permission.HISTORY_READ;
import static org.dpatracker.security.Permission.RECORDS_APPROVE;
import static org.dpatracker.security.Permission.REGISTER_EDIT;
import static org.dpatracker.security.Permission.REGISTER_READ;
import static org.dpatracker.security.Permission.SUBPROCESSOR_CHANGES_DECIDE;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.dpatracker.security.Permission;

/**
 * What a personal access token may be used for. A token acts with the permissions its scopes name, and only
 * with those its user holds: it never exceeds its user. Administration (users, catalogues, settings) is never
 * open to a token.
 */
public enum ApiScope {
    /** Read the register, and the change history where the user may. */
    READ(EnumSet.of(REGISTER_READ, HISTORY_READ)),
    /** Reading and the edits the user may make: register, audits, subprocessor decisions, records. */
    WRITE(EnumSet.of(
            REGISTER_READ, HISTORY_READ, REGISTER_EDIT, AUDITS_RECORD, SUBPROCESSOR_CHANGES_DECIDE, RECORDS_APPROVE)),
    /** Download documents such as the annex PDFs, and read the register to find them. */
    EXPORT(EnumSet.of(REGISTER_READ, DOCUMENTS_EXPORT));

    private final Set<Permission> permissions;

    ApiScope(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    /** The permissions a token with these scopes has when its user has {@code userPermissions}. */
    public static Set<Permission> granted(Collection<ApiScope> scopes, Collection<Permission> userPermissions) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        scopes.forEach(scope -> granted.addAll(scope.permissions));
        granted.retainAll(userPermissions);
        return granted;
    }
}
