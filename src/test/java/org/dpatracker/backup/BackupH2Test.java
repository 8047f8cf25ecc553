package org.dpatracker.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dpatracker.support.AgreementBuilder.agreement;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.dpatracker.history.ChainVerification;
import org.dpatracker.history.ChangeEntry;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.history.RestoredChain;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.DatabaseContent;
import org.dpatracker.support.H2Test;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An administrator's H2 backup, run into an empty database as the README describes, gives back the same
 * register row for row and a history chain that verifies; a backup made while others edit shows one moment
 * (H2 holds their writes until the script is written) and refuses nobody.
 */
@H2Test
class BackupH2Test {

    @Autowired
    BackupService backups;

    @Autowired
    ChangeHistoryService history;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DataSource dataSource;

    @Test
    @WithUserDetails("admin")
    void theBackupRestoresIntoAnEmptyDatabaseAsTheSameRegisterWithAChainThatVerifies() throws Exception {
        SystemAccess.call(() -> agreement(agreements, organisations)
                .vendor("Backup Vendor Ltd", "IE")
                .save());
        Map<String, List<String>> original = content();

        DatabaseBackup backup = backups.backUp();

        assertThat(backup.fileName()).matches("dpa-tracker-backup-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z\\.zip");
        assertThat(Files.size(backup.file())).isEqualTo(backup.size());
        try (Connection restored = restore(backup)) {
            assertThat(DatabaseContent.of(restored)).isEqualTo(original);
            ChainVerification chain = RestoredChain.verify(restored, SQLDialect.H2);
            assertThat(chain.intact()).isTrue();
            assertThat(chain.entriesChecked())
                    .isEqualTo(original.get("change_history").size());
        }
        assertThat(original.keySet())
                .as("every table travels, the annex archive and Flyway's history too")
                .contains(
                        "agreement",
                        "change_history",
                        "change_history_head",
                        "annex_document",
                        "shedlock",
                        "flyway_schema_history");
        List<ChangeEntry> recorded =
                history.findPage(new ChangeFilter(BackupService.ENTITY, backup.fileName(), null), 0, 1);
        assertThat(recorded).singleElement().satisfies(entry -> {
            assertThat(entry.changedBy()).isEqualTo("admin");
            assertThat(entry.afterState()).contains(backup.sha256(), String.valueOf(backup.size()));
        });
        assertThat(backup.sha256()).isEqualTo(BackupService.sha256(backup.file()));
        Files.delete(backup.file());
    }

    @Test
    @WithUserDetails("admin")
    void aBackupMadeWhileSomeoneEditsShowsOneMomentAndItsChainVerifies() throws Exception {
        Agreement edited =
                SystemAccess.call(() -> agreement(agreements, organisations).save());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger edits = new AtomicInteger();
        Thread editor = Thread.ofPlatform()
                .start(() -> SystemAccess.run(() -> {
                    Agreement current = edited;
                    while (!stop.get()) {
                        current = agreements.save(
                                current.withNextReview(LocalDate.of(2027, 1, 1).plusDays(edits.incrementAndGet())));
                    }
                }));
        try {
            while (edits.get() < 20) {
                Thread.onSpinWait();
            }
            DatabaseBackup backup = backups.backUp();
            int after = edits.get();
            while (edits.get() < after + 20 && editor.isAlive()) {
                Thread.onSpinWait();
            }
            assertThat(editor.isAlive())
                    .as("the editor waited for the backup at most, nobody was refused")
                    .isTrue();
            try (Connection restored = restore(backup)) {
                assertThat(RestoredChain.verify(restored, SQLDialect.H2).intact())
                        .isTrue();
            }
            Files.delete(backup.file());
        } finally {
            stop.set(true);
            editor.join();
        }
    }

    @Test
    @WithUserDetails("dpo")
    void onlyAnAdministratorMakesABackup() {
        assertThatThrownBy(backups::backUp).isInstanceOf(AccessDeniedException.class);
    }

    /** The README's restore: the script run into an empty database. */
    private static Connection restore(DatabaseBackup backup) throws SQLException {
        Connection restored = DriverManager.getConnection("jdbc:h2:mem:restored-" + UUID.randomUUID(), "sa", "");
        try (Statement statement = restored.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + backup.file().toAbsolutePath() + "' COMPRESSION ZIP");
        }
        return restored;
    }

    private Map<String, List<String>> content() throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return DatabaseContent.of(connection);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
