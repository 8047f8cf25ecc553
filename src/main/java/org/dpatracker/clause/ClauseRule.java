package org.dpatracker.clause;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule of the pack: in a sentence that contains every pattern of {@code requires} (in any order), the
 * pattern finds a clause and fills the target with the value read as {@code reading} says. {@code invalidBecause} is set on rules that find a transfer
 * mechanism no longer valid, with the decision that ended it.
 */
public record ClauseRule(
        String id,
        String language,
        List<Pattern> requires,
        Pattern pattern,
        ClauseTarget target,
        ValueReading reading,
        String value,
        double confidence,
        String invalidBecause) {

    public ClauseRule {
        requires = List.copyOf(requires);
    }

    /** Whether the finding says that a transfer mechanism is no longer valid. */
    public boolean marksInvalid() {
        return invalidBecause != null;
    }
}
