package org.dpatracker.history;

import java.util.Objects;

/**
 * Walks the history in order and finds the first entry whose link is broken: a changed entry (its
 * hash no longer matches), a removed or inserted one (a gap in the numbers or a wrong previous
 * hash), or a cut-off end (the chain head names a later entry).
 */
final class ChainVerifier {

    private long expectedSeq = 1;
    private String previousHash = HashChain.GENESIS;
    private ChainVerification broken;
    private long checked;

    /** Returns false once a broken link was found; later entries need not be read. */
    boolean accept(ChangeEntry entry) {
        if (broken != null) {
            return false;
        }
        if (entry.seq() != expectedSeq) {
            broken = ChainVerification.broken(checked, expectedSeq, ChainVerification.Reason.MISSING_ENTRY);
        } else if (!Objects.equals(entry.previousHash(), previousHash)) {
            broken = ChainVerification.broken(checked, entry.seq(), ChainVerification.Reason.WRONG_PREVIOUS_HASH);
        } else if (!Objects.equals(HashChain.hashOf(entry), entry.hash())) {
            broken = ChainVerification.broken(checked, entry.seq(), ChainVerification.Reason.CONTENT_CHANGED);
        } else {
            checked++;
            expectedSeq++;
            previousHash = entry.hash();
        }
        return broken == null;
    }

    ChainVerification finish(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (headSeq != expectedSeq - 1 || !Objects.equals(headHash, previousHash)) {
            return ChainVerification.broken(checked, expectedSeq, ChainVerification.Reason.MISSING_ENTRY);
        }
        return ChainVerification.intact(checked);
    }
}
