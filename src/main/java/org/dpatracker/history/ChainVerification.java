package org.dpatracker.history;

/** The outcome of checking the history chain: intact, or the first broken entry and why. */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, Reason reason) {

    public enum Reason {
        CONTENT_CHANGED,
        WRONG_PREVIOUS_HASH,
        MISSING_ENTRY
    }

    static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(true, entriesChecked, null, null);
    }

    static ChainVerification broken(long entriesChecked, long seq, Reason reason) {
        return new ChainVerification(false, entriesChecked, seq, reason);
    }
}
