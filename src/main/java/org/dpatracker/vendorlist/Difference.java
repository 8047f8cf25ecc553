package org.dpatracker.vendorlist;

import java.util.Set;

/**
 * One line of the comparison between the vendor's list and the agreement's sub-processors: a name on
 * only one of them, or on both with the same or with other countries. {@code organisationId} is the
 * recorded organisation the name matched (null for an addition nobody has recorded yet);
 * {@code subprocessorId} the agreement's sub-processor (null for an addition); {@code noticePending}
 * says that a change notice for this addition is already recorded and awaits its effect.
 */
public record Difference(
        Kind kind,
        String name,
        String purpose,
        Set<String> before,
        Set<String> after,
        int line,
        Long organisationId,
        Long subprocessorId,
        boolean noticePending) {

    public Difference {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }

    public enum Kind {
        ADDED,
        REMOVED,
        LOCATION_CHANGED,
        UNCHANGED
    }
}
