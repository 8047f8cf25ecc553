package org.dpatracker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-10-25T00:59:59.123Z");

    @Test
    void anUntouchedChainIsIntact() {
        List<ChangeEntry> chain = chain(5);
        ChainVerification result = verify(chain, 5, chain.get(4).hash());
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
    }

    @Test
    void anEmptyHistoryIsIntact() {
        assertThat(verify(List.of(), 0, HashChain.GENESIS).intact()).isTrue();
    }

    @Test
    void aChangedValueIsReportedAtItsEntry() {
        List<ChangeEntry> chain = chain(5);
        ChangeEntry third = chain.get(2);
        chain.set(
                2,
                new ChangeEntry(
                        third.seq(),
                        third.changedAt(),
                        third.changedBy(),
                        third.entity(),
                        third.entityId(),
                        third.operation(),
                        third.beforeState(),
                        "{\"displayName\":\"Mallory\"}",
                        third.previousHash(),
                        third.hash()));
        ChainVerification result = verify(chain, 5, chain.get(4).hash());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(ChainVerification.Reason.CONTENT_CHANGED);
        assertThat(result.entriesChecked()).isEqualTo(2);
    }

    @Test
    void aChangedAuthorIsReportedToo() {
        List<ChangeEntry> chain = chain(3);
        ChangeEntry first = chain.getFirst();
        chain.set(
                0,
                new ChangeEntry(
                        first.seq(),
                        first.changedAt(),
                        "someone-else",
                        first.entity(),
                        first.entityId(),
                        first.operation(),
                        first.beforeState(),
                        first.afterState(),
                        first.previousHash(),
                        first.hash()));
        assertThat(verify(chain, 3, chain.get(2).hash()).firstBrokenSeq()).isEqualTo(1);
    }

    @Test
    void aRehashedEntryBreaksTheLinkToTheNext() {
        List<ChangeEntry> chain = chain(4);
        ChangeEntry second = chain.get(1);
        String forgedAfter = "{\"displayName\":\"Mallory\"}";
        String forgedHash = HashChain.hash(
                second.seq(),
                second.changedAt(),
                second.changedBy(),
                second.entity(),
                second.entityId(),
                second.operation(),
                second.beforeState(),
                forgedAfter,
                second.previousHash());
        chain.set(
                1,
                new ChangeEntry(
                        second.seq(),
                        second.changedAt(),
                        second.changedBy(),
                        second.entity(),
                        second.entityId(),
                        second.operation(),
                        second.beforeState(),
                        forgedAfter,
                        second.previousHash(),
                        forgedHash));
        ChainVerification result = verify(chain, 4, chain.get(3).hash());
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(ChainVerification.Reason.WRONG_PREVIOUS_HASH);
    }

    @Test
    void aRemovedEntryIsReportedWhereItIsMissing() {
        List<ChangeEntry> chain = chain(5);
        chain.remove(1);
        ChainVerification result = verify(chain, 5, chain.getLast().hash());
        assertThat(result.firstBrokenSeq()).isEqualTo(2);
        assertThat(result.reason()).isEqualTo(ChainVerification.Reason.MISSING_ENTRY);
    }

    @Test
    void aCutOffEndIsReported() {
        List<ChangeEntry> chain = chain(5);
        String headHash = chain.get(4).hash();
        chain.remove(4);
        ChainVerification result = verify(chain, 5, headHash);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(5);
    }

    private static ChainVerification verify(List<ChangeEntry> entries, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        for (ChangeEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.finish(headSeq, headHash);
    }

    private static List<ChangeEntry> chain(int length) {
        List<ChangeEntry> entries = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            Instant at = T0.plusSeconds(seq * 1800L);
            String after = "{\"displayName\":\"User " + seq + "\"}";
            String hash = HashChain.hash(seq, at, "admin", "user", "7", Operation.UPDATE, "{}", after, previous);
            entries.add(new ChangeEntry(seq, at, "admin", "user", "7", Operation.UPDATE, "{}", after, previous, hash));
            previous = hash;
        }
        return entries;
    }
}
