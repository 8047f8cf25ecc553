package org.dpatracker.security;

/**
 * What a user may do. Roles grant permissions ({@link Role}); views and service methods ask for a
 * permission, never for a role, so the matrix in {@link Role} is the only place that decides.
 * The names double as Spring Security roles ({@code @RolesAllowed(Permission.Names.X)}).
 */
public enum Permission {
    USERS_MANAGE,
    CATALOGUES_MANAGE,
    SETTINGS_MANAGE,
    REGISTER_READ,
    REGISTER_EDIT,
    AUDITS_RECORD,
    DOCUMENTS_EXPORT,
    SUBPROCESSOR_CHANGES_DECIDE,
    RECORDS_APPROVE,
    HISTORY_READ,
    HISTORY_VERIFY;

    /** The permission names as compile-time constants, for annotations. */
    public static final class Names {
        public static final String USERS_MANAGE = "USERS_MANAGE";
        public static final String CATALOGUES_MANAGE = "CATALOGUES_MANAGE";
        public static final String SETTINGS_MANAGE = "SETTINGS_MANAGE";
        public static final String REGISTER_READ = "REGISTER_READ";
        public static final String REGISTER_EDIT = "REGISTER_EDIT";
        public static final String AUDITS_RECORD = "AUDITS_RECORD";
        public static final String DOCUMENTS_EXPORT = "DOCUMENTS_EXPORT";
        public static final String SUBPROCESSOR_CHANGES_DECIDE = "SUBPROCESSOR_CHANGES_DECIDE";
        public static final String RECORDS_APPROVE = "RECORDS_APPROVE";
        public static final String HISTORY_READ = "HISTORY_READ";
        public static final String HISTORY_VERIFY = "HISTORY_VERIFY";

        private Names() {}
    }

    /** The Spring Security authority that stands for this permission. */
    public String authority() {
        return "ROLE_" + name();
    }
}
