package org.dpatracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.ThrowingConsumer;
import org.dpatracker.core.InvalidInputException;

/** Assertions on a refusal: which field the service named, so that a test fails when the wrong check fires. */
public final class Refused {

    private Refused() {}

    public static ThrowingConsumer<InvalidInputException> onField(String field) {
        return refused -> assertThat(refused.problems())
                .extracting(InvalidInputException.Problem::field)
                .as("the refused fields")
                .contains(field);
    }
}
