package org.dpatracker.processor;

/** Whether the controller accepted a subprocessor. */
public enum ApprovalState {
    AUTHORISED,
    PENDING,
    OBJECTED,
    REMOVED;

    /** Authorised and pending subprocessors may receive data; objected and removed ones do not. */
    public boolean receivesData() {
        return this == AUTHORISED || this == PENDING;
    }
}
