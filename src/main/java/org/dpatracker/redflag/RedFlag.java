package org.dpatracker.redflag;

import java.util.List;

/**
 * One problem found in an agreement: its type, who it concerns, and the values the explanation
 * names (message key {@code redflag.<TYPE>} with the subject as {0} and the details after it).
 */
public record RedFlag(RedFlagType type, String subject, List<String> details) {

    /** A detail starting with this is a message key to translate, not a value to show as it is. */
    public static final String TRANSLATE = "#";

    public RedFlag {
        details = List.copyOf(details);
    }

    /** Separates the details where a flag is stored in one column: a control character no entered text holds. */
    private static final String STORED_SEPARATOR = "\u001f";

    public static RedFlag of(RedFlagType type, String subject, String... details) {
        return new RedFlag(type, subject, List.of(details));
    }

    /** The details as stored in one column, null when there are none. */
    public String storedDetails() {
        return details.isEmpty() ? null : String.join(STORED_SEPARATOR, details);
    }

    /** A flag as it was stored with {@link #storedDetails()}. */
    public static RedFlag stored(RedFlagType type, String subject, String storedDetails) {
        return new RedFlag(
                type, subject, storedDetails == null ? List.of() : List.of(storedDetails.split(STORED_SEPARATOR, -1)));
    }

    /** Arguments for the message: the subject, then the details. */
    public Object[] messageArguments() {
        Object[] arguments = new Object[details.size() + 1];
        arguments[0] = subject;
        for (int i = 0; i < details.size(); i++) {
            arguments[i + 1] = details.get(i);
        }
        return arguments;
    }
}
