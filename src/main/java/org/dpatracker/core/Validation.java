package org.dpatracker.core;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one input so a service can refuse it with all reasons at once. */
public final class Validation {

    private final List<InvalidInputException.Problem> problems = new ArrayList<>();

    public Validation require(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            problems.add(new InvalidInputException.Problem(field, messageKey, List.of(arguments)));
        }
        return this;
    }

    public Validation requireText(String value, String field, int maxLength) {
        require(value != null && !value.isBlank(), field, "validation.required");
        return optionalText(value, field, maxLength);
    }

    /** A text that may be empty: at most {@code maxLength} characters, and plain text (see {@link #isPlainText}). */
    public Validation optionalText(String value, String field, int maxLength) {
        require(value == null || value.length() <= maxLength, field, "validation.too-long", maxLength);
        return require(isPlainText(value), field, "validation.control-characters");
    }

    /**
     * No control characters but tab and line breaks, and no half of a surrogate pair: what a database, a PDF or a
     * spreadsheet would drop, change or choke on (PostgreSQL refuses NUL, H2 turns a lone surrogate into "?").
     */
    public static boolean isPlainText(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return false;
            }
        }
        return true;
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
