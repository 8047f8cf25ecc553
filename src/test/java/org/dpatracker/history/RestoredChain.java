package org.dpatracker.history;

import java.sql.Connection;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The application's chain verification run on a database outside the application context: a restored
 * backup, or a database reopened after a crash. Only the chain: the rows are compared inside the application.
 */
public final class RestoredChain {

    private RestoredChain() {}

    public static ChainVerification verify(Connection connection, SQLDialect dialect) {
        return new ChangeHistoryService(
                        new ChangeHistoryRepository(DSL.using(connection, dialect)), java.util.List.of())
                .verify();
    }
}
