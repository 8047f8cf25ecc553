package org.dpatracker.backup;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class BackupRepository {

    private final DSLContext dsl;

    BackupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    DatabaseKind kind() {
        return dsl.dialect().family() == SQLDialect.H2 ? DatabaseKind.H2 : DatabaseKind.POSTGRESQL;
    }

    /**
     * H2's {@code SCRIPT}: the schema, every row, the identity counters and Flyway's history as SQL, read in
     * the caller's transaction, so that the script shows one moment of the database.
     */
    void writeH2Script(Path file) {
        dsl.execute(
                "SCRIPT TO {0} COMPRESSION ZIP",
                DSL.inline(file.toAbsolutePath().toString()));
    }
}
