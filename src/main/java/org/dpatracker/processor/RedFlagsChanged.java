package org.dpatracker.processor;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dpatracker.redflag.RedFlagType;

/**
 * The kinds of red flag an agreement shows changed when its stored flags were refreshed: those it shows now
 * and did not before ({@code raised}), and those it no longer shows ({@code cleared}). Published inside the
 * refreshing transaction.
 */
public record RedFlagsChanged(long agreementId, Set<RedFlagType> raised, Set<RedFlagType> cleared) {

    public RedFlagsChanged {
        raised = Set.copyOf(raised);
        cleared = Set.copyOf(cleared);
    }

    /** The change from the types stored {@code before} to those found {@code after}, if any. */
    static Optional<RedFlagsChanged> between(long agreementId, Set<RedFlagType> before, Set<RedFlagType> after) {
        Set<RedFlagType> raised = difference(after, before);
        Set<RedFlagType> cleared = difference(before, after);
        return raised.isEmpty() && cleared.isEmpty()
                ? Optional.empty()
                : Optional.of(new RedFlagsChanged(agreementId, raised, cleared));
    }

    private static Set<RedFlagType> difference(Set<RedFlagType> from, Set<RedFlagType> without) {
        Set<RedFlagType> left = EnumSet.noneOf(RedFlagType.class);
        left.addAll(from);
        left.removeAll(without);
        return left;
    }
}
