package org.dpatracker.processor;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Whether the controller accepted a subprocessor. */
public enum ApprovalState {
    AUTHORISED,
    PENDING,
    OBJECTED,
    REMOVED;

    /** Authorised and pending subprocessors may receive data; objected and removed ones do not. */
    public static final Set<ApprovalState> RECEIVING_DATA =
            Collections.unmodifiableSet(EnumSet.of(AUTHORISED, PENDING));

    public boolean receivesData() {
        return RECEIVING_DATA.contains(this);
    }
}
