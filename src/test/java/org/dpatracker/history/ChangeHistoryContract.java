package org.dpatracker.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The hash chain against a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class ChangeHistoryContract {

    @Autowired
    ChangeHistoryService history;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("auditor")
    void savingAUserKeepsTheChainIntact() {
        UserAccount saved = createUser();
        ChainVerification result = history.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(5);
        assertThat(history.count(new ChangeFilter("user", String.valueOf(saved.id()), null)))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("auditor")
    void anEntryEditedInTheDatabaseIsReported() {
        UserAccount saved = createUser();
        long seq = history.findPage(new ChangeFilter("user", String.valueOf(saved.id()), null), 0, 1)
                .getFirst()
                .seq();
        String original =
                jdbc.queryForObject("select after_state from change_history where seq = ?", String.class, seq);
        try {
            jdbc.update(
                    "update change_history set after_state = ? where seq = ?",
                    original.replace(saved.username(), "mallory"),
                    seq);

            ChainVerification result = history.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.reason()).isEqualTo(ChainVerification.Reason.CONTENT_CHANGED);
        } finally {
            jdbc.update("update change_history set after_state = ? where seq = ?", original, seq);
        }
        assertThat(history.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("auditor")
    void anEntryDeletedFromTheDatabaseIsReported() {
        UserAccount saved = createUser();
        long seq = history.findPage(new ChangeFilter("user", String.valueOf(saved.id()), null), 0, 1)
                .getFirst()
                .seq();
        var row = jdbc.queryForMap("select * from change_history where seq = ?", seq);
        try {
            jdbc.update("delete from change_history where seq = ?", seq);

            ChainVerification result = history.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.reason()).isEqualTo(ChainVerification.Reason.MISSING_ENTRY);
        } finally {
            jdbc.update(
                    "insert into change_history (seq, changed_at, changed_by, entity, entity_id, operation, "
                            + "before_state, after_state, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("seq"),
                    row.get("changed_at"),
                    row.get("changed_by"),
                    row.get("entity"),
                    row.get("entity_id"),
                    row.get("operation"),
                    row.get("before_state"),
                    row.get("after_state"),
                    row.get("previous_hash"),
                    row.get("hash"));
        }
        assertThat(history.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("dpo")
    void aDpoReadsTheHistoryButCannotRunTheVerification() {
        assertThat(history.count(ChangeFilter.all())).isPositive();
        assertThatThrownBy(() -> history.verify()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void aManagerCannotReadTheHistory() {
        assertThatThrownBy(() -> history.count(ChangeFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    private UserAccount createUser() {
        String username = "h" + UUID.randomUUID().toString().substring(0, 8);
        return SystemAccess.call(() -> users.create(new UserDraft(
                null, null, username, "History Test", "", "long-enough-password", true, EnumSet.of(Role.MANAGER))));
    }
}
