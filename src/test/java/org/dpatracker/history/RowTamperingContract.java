package org.dpatracker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dpatracker.history.RowMismatch.Kind;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.SystemAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Rows changed with plain SQL behind the application, on the demo data set: the verification names
 * each by entity and id. Run on H2 and on PostgreSQL by the subclasses; each test undoes its change.
 */
abstract class RowTamperingContract {

    private static final List<String> RECORDED_TABLES = List.of(
            "organisation",
            "agreement",
            "subprocessor",
            "contract_check",
            "tom_entry",
            "audit",
            "breach",
            "retention_rule",
            "change_notice",
            "processing_activity",
            "app_user",
            "audit_right",
            "breach_duty",
            "agreement_end");

    @Autowired
    ChangeHistoryService history;

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("auditor")
    void everyRowOfTheDemoDataMatchesItsLastRecordedState() {
        ChainVerification result = history.verify();

        assertThat(result.rowMismatches()).isEmpty();
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(rowsOfTheRecordedEntities()).isGreaterThan(100);
    }

    @Test
    @WithUserDetails("auditor")
    void anAgreementEditedBehindTheApplicationIsReportedUntilItIsSavedThroughIt() {
        long id = jdbc.queryForObject("select min(id) from agreement", Long.class);
        jdbc.update("update agreement set own_purpose_clause = 'use for own marketing' where id = ?", id);

        ChainVerification tampered = history.verify();

        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.chainIntact()).isTrue();
        assertThat(tampered.rowMismatches()).containsExactly(new RowMismatch("agreement", "" + id, Kind.EDITED));

        Agreement current =
                SystemAccess.call(() -> agreements.detail(id).orElseThrow().agreement());
        SystemAccess.call(() -> agreements.save(current));

        assertThat(history.verify().rowMismatches()).isEmpty();
    }

    @Test
    @WithUserDetails("auditor")
    void anOrganisationInsertedBehindTheApplicationIsReported() {
        jdbc.update("insert into organisation (name, country) values ('Shadow Processing Ltd', 'GB')");
        long id = jdbc.queryForObject("select id from organisation where name = 'Shadow Processing Ltd'", Long.class);
        try {
            ChainVerification result = history.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.rowMismatches()).containsExactly(new RowMismatch("organisation", "" + id, Kind.INSERTED));
        } finally {
            jdbc.update("delete from organisation where id = ?", id);
        }
        assertThat(history.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("auditor")
    void aRetentionRuleDeletedBehindTheApplicationIsReported() {
        long id = jdbc.queryForObject("select min(id) from retention_rule", Long.class);
        Map<String, Object> row = jdbc.queryForMap("select * from retention_rule where id = ?", id);
        jdbc.update("delete from retention_rule where id = ?", id);
        try {
            ChainVerification result = history.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.rowMismatches())
                    .containsExactly(new RowMismatch("retention-rule", "" + id, Kind.DELETED));
        } finally {
            insert("retention_rule", row);
        }
        assertThat(history.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("auditor")
    void anEditedHistoryEntryIsReportedAsABrokenChainNotAsRows() {
        long seq = jdbc.queryForObject("select max(seq) from change_history", Long.class);
        String original =
                jdbc.queryForObject("select after_state from change_history where seq = ?", String.class, seq);
        jdbc.update("update change_history set after_state = ? where seq = ?", "{}", seq);
        try {
            ChainVerification result = history.verify();

            assertThat(result.chainIntact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.rowMismatches()).isEmpty();
        } finally {
            jdbc.update("update change_history set after_state = ? where seq = ?", original, seq);
        }
    }

    private long rowsOfTheRecordedEntities() {
        return RECORDED_TABLES.stream()
                .mapToLong(table -> jdbc.queryForObject("select count(*) from " + table, Long.class))
                .sum();
    }

    private void insert(String table, Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        String placeholders = String.join(", ", columns.stream().map(c -> "?").toList());
        jdbc.update(
                "insert into " + table + " (" + String.join(", ", columns) + ") values (" + placeholders + ")",
                columns.stream().map(row::get).toArray());
    }
}
