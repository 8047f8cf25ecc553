package org.dpatracker.backup;

/** Which database the application runs on, which decides how it is backed up. */
public enum DatabaseKind {
    /** Embedded H2: the application writes the backup itself. */
    H2,
    /** PostgreSQL: backed up with the server's own tools (pg_dump), outside the application. */
    POSTGRESQL
}
