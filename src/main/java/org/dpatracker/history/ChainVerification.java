package org.dpatracker.history;

import java.util.List;

/**
 * The outcome of checking the history: whether the chain of entries is unbroken (or its first broken
 * entry and why) and, when it is, which current rows do not match their last recorded state.
 * {@code intact} holds only when both checks found nothing.
 */
public record ChainVerification(
        boolean intact,
        long entriesChecked,
        Long firstBrokenSeq,
        Reason reason,
        long rowsChecked,
        List<RowMismatch> rowMismatches) {

    public enum Reason {
        CONTENT_CHANGED,
        WRONG_PREVIOUS_HASH,
        MISSING_ENTRY
    }

    public ChainVerification {
        rowMismatches = rowMismatches == null ? List.of() : List.copyOf(rowMismatches);
    }

    /** Whether the entries themselves are unchanged, whatever happened to the rows. */
    public boolean chainIntact() {
        return reason == null;
    }

    static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(true, entriesChecked, null, null, 0, List.of());
    }

    static ChainVerification broken(long entriesChecked, long seq, Reason reason) {
        return new ChainVerification(false, entriesChecked, seq, reason, 0, List.of());
    }

    /** This intact chain with the outcome of comparing the current rows with it. */
    ChainVerification withRows(long rowsChecked, List<RowMismatch> mismatches) {
        return new ChainVerification(
                intact && mismatches.isEmpty(), entriesChecked, firstBrokenSeq, reason, rowsChecked, mismatches);
    }
}
