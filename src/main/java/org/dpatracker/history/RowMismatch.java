package org.dpatracker.history;

/** A current row that does not match the last state the history recorded for it. */
public record RowMismatch(String entity, String id, Kind kind) {

    public enum Kind {
        /** The row differs from its last recorded state. */
        EDITED,
        /** The row exists, but the history never recorded it or recorded it as deleted. */
        INSERTED,
        /** The history's last entry for the row is not a deletion, but the row is gone. */
        DELETED
    }
}
