package org.dpatracker.core.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one place where a refused input is shown: each problem the service names by a field goes to that field
 * (invalid, with the message), and what belongs to no field (a stale version, missing rights, a rule across
 * fields) stays in this message at the top of the form, next to what the user typed, not in a passing
 * notification.
 */
public class FormMessage extends Div {

    public FormMessage() {
        addClassName("form-message");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /**
     * Runs the save the user asked for and returns what was saved, with a success notification. When the service
     * refuses, the problems are shown at {@code fields} and here; nothing was changed and empty is returned.
     */
    public <T> Optional<T> attempt(
            Supplier<T> change, Map<String, ? extends HasValidation> fields, String successKey, Object... arguments) {
        clear(fields);
        try {
            T saved = change.get();
            Notifications.success(this, successKey, arguments);
            return Optional.ofNullable(saved);
        } catch (InvalidInputException | ConcurrentEditException | AccessDeniedException refused) {
            show(refused, fields);
            return Optional.empty();
        }
    }

    /** Shows why the service refused: at the fields it names, the rest here. Anything unexpected is rethrown. */
    public void show(RuntimeException refused, Map<String, ? extends HasValidation> fields) {
        if (refused instanceof InvalidInputException invalid) {
            show(FieldProblems.show(this, fields, invalid));
        } else {
            show(List.of(Notifications.describe(this, refused)));
        }
    }

    /** Shows {@code messages} here, or hides this message when there are none. */
    public void show(List<String> messages) {
        setText(String.join(" ", messages));
        setVisible(!messages.isEmpty());
    }

    /** Hides this message and takes the service's marks off {@code fields}. */
    public void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        show(List.of());
    }
}
