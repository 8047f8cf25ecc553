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
        return require(value == null || value.length() <= maxLength, field, "validation.too-long", maxLength);
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
