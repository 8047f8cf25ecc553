package org.dpatracker.backup;

import java.util.Locale;

/** Host, port and database of a PostgreSQL JDBC URL, for the pg_dump command shown to administrators. */
record PostgresAddress(String host, int port, String database) {

    private static final String PREFIX = "jdbc:postgresql://";

    static PostgresAddress of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return new PostgresAddress("localhost", 5432, "dpatracker");
        }
        String rest = jdbcUrl.substring(PREFIX.length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        int slash = rest.indexOf('/');
        String server = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 || slash == rest.length() - 1 ? "postgres" : rest.substring(slash + 1);
        // The first host of a fail-over list is the one to dump from.
        server = server.split(",")[0];
        int colon = server.lastIndexOf(':');
        if (colon > 0 && !server.endsWith("]")) {
            return new PostgresAddress(
                    server.substring(0, colon), Integer.parseInt(server.substring(colon + 1)), database);
        }
        return new PostgresAddress(server.isEmpty() ? "localhost" : server, 5432, database);
    }

    /** The dump in PostgreSQL's custom format: every table, sequence and large object of the database. */
    String dumpCommand(String user, String fileName) {
        return "pg_dump -Fc -h " + host + " -p " + port + " -U " + user + " -d " + database + " -f " + fileName;
    }

    /** Restores the dump into an empty database created for it. */
    String restoreCommand(String user, String fileName) {
        return "createdb -h " + host + " -p " + port + " -U " + user + " " + database + "_restored && pg_restore -h "
                + host + " -p " + port + " -U " + user + " -d " + database + "_restored --no-owner " + fileName;
    }
}
