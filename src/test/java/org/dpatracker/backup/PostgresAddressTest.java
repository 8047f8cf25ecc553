package org.dpatracker.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pg_dump command on the Backup page names the server and database the application is configured for. */
class PostgresAddressTest {

    @Test
    void theCommandNamesHostPortAndDatabaseOfTheUrl() {
        PostgresAddress address = PostgresAddress.of("jdbc:postgresql://db.internal:6543/register?sslmode=require");

        assertThat(address).isEqualTo(new PostgresAddress("db.internal", 6543, "register"));
        assertThat(address.dumpCommand("dpa", "x.dump"))
                .isEqualTo("pg_dump -Fc -h db.internal -p 6543 -U dpa -d register -f x.dump");
    }

    @Test
    void withoutAPortTheDefaultPortIsNamed() {
        assertThat(PostgresAddress.of("jdbc:postgresql://localhost/dpatracker"))
                .isEqualTo(new PostgresAddress("localhost", 5432, "dpatracker"));
    }
}
