package org.dpatracker.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dpatracker.core.InvalidInputException;

/** Shows the problems a service found with the input at the fields they name. */
public final class FieldProblems {

    private FieldProblems() {}

    /**
     * Marks each named field invalid with its problem's message, in the language of {@code translator}.
     *
     * @return the messages of the problems that name none of {@code fields}
     */
    public static List<String> show(
            Component translator, Map<String, ? extends HasValidation> fields, InvalidInputException refused) {
        List<String> elsewhere = new ArrayList<>();
        for (InvalidInputException.Problem problem : refused.problems()) {
            String message = translator.getTranslation(
                    problem.messageKey(), problem.arguments().toArray());
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                elsewhere.add(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        return elsewhere;
    }
}
