package org.dpatracker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HashChainTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:15:30.456Z");

    @Test
    void theHashIsAHexSha256AndRepeatable() {
        String hash = HashChain.hash(1, AT, "admin", "user", "1", Operation.INSERT, null, "{}", HashChain.GENESIS);
        assertThat(hash)
                .hasSize(64)
                .matches("[0-9a-f]+")
                .isEqualTo(
                        HashChain.hash(1, AT, "admin", "user", "1", Operation.INSERT, null, "{}", HashChain.GENESIS));
    }

    @Test
    void everyFieldChangesTheHash() {
        String base = HashChain.hash(1, AT, "admin", "user", "1", Operation.INSERT, null, "{}", HashChain.GENESIS);
        assertThat(HashChain.hash(2, AT, "admin", "user", "1", Operation.INSERT, null, "{}", HashChain.GENESIS))
                .isNotEqualTo(base);
        assertThat(HashChain.hash(
                        1, AT.plusMillis(1), "admin", "user", "1", Operation.INSERT, null, "{}", HashChain.GENESIS))
                .isNotEqualTo(base);
        assertThat(HashChain.hash(1, AT, "dpo", "user", "1", Operation.INSERT, null, "{}", HashChain.GENESIS))
                .isNotEqualTo(base);
        assertThat(HashChain.hash(1, AT, "admin", "agreement", "1", Operation.INSERT, null, "{}", HashChain.GENESIS))
                .isNotEqualTo(base);
        assertThat(HashChain.hash(1, AT, "admin", "user", "2", Operation.INSERT, null, "{}", HashChain.GENESIS))
                .isNotEqualTo(base);
        assertThat(HashChain.hash(1, AT, "admin", "user", "1", Operation.UPDATE, null, "{}", HashChain.GENESIS))
                .isNotEqualTo(base);
        assertThat(HashChain.hash(1, AT, "admin", "user", "1", Operation.INSERT, "{}", "{}", HashChain.GENESIS))
                .isNotEqualTo(base);
        assertThat(HashChain.hash(1, AT, "admin", "user", "1", Operation.INSERT, null, "{ }", HashChain.GENESIS))
                .isNotEqualTo(base);
        assertThat(HashChain.hash(1, AT, "admin", "user", "1", Operation.INSERT, null, "{}", "1".repeat(64)))
                .isNotEqualTo(base);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(HashChain.hash(1, AT, "ab", "c", "1", Operation.INSERT, null, "{}", HashChain.GENESIS))
                .isNotEqualTo(HashChain.hash(1, AT, "a", "bc", "1", Operation.INSERT, null, "{}", HashChain.GENESIS));
    }
}
