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

    public static RedFlag of(RedFlagType type, String subject, String... details) {
        return new RedFlag(type, subject, List.of(details));
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
