package org.dpatracker.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A PostgreSQL server for the benchmark, started on demand. */
final class BenchmarkPostgres {

    private static EmbeddedPostgres server;

    private BenchmarkPostgres() {}

    static String jdbcUrl() {
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    static void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // exiting anyway
            }
        }
    }
}
