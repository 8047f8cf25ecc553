package org.dpatracker.core;

import java.util.List;

/**
 * Input a service refused. It carries message keys, not text, so that each user reads the
 * reason in their own language; nothing was changed when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, List.of(arguments))));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One refused value: the field it belongs to, the message key and its arguments. */
    public record Problem(String field, String messageKey, List<Object> arguments) {}
}
