package org.dpatracker.core.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Gives the rows of a checklist one status in one step: a status to choose and a button. By default only the
 * rows nobody has checked yet are changed, so the points already worked through keep their status and text;
 * unticking "only those not yet checked" changes every row. A refusal of the service is shown at the status
 * field; nothing is changed then.
 *
 * @param <S> the statuses of the checklist
 */
public class MarkAllBar<S> extends Div {

    /** Gives rows the status and returns how many changed. */
    @FunctionalInterface
    public interface MarkAll<S> {
        /** @param openOnly whether only the rows not yet checked are to change */
        int mark(S status, boolean openOnly);
    }

    private final Select<S> status = new Select<>();
    private final Checkbox openOnly = new Checkbox();

    public MarkAllBar(String id, List<S> statuses, Function<S, String> label, MarkAll<S> markAll) {
        setId(id);
        addClassName("mark-all");
        status.setLabel(getTranslation("checklist.mark-all"));
        status.setItems(statuses);
        status.setItemLabelGenerator(label::apply);
        status.setId(id + "-status");
        openOnly.setLabel(getTranslation("checklist.mark-all-open-only"));
        openOnly.setValue(true);
        openOnly.setId(id + "-open-only");
        Button apply = new Button(getTranslation("checklist.mark-all-apply"), click -> apply(markAll));
        apply.setId(id + "-apply");
        add(status, openOnly, apply);
    }

    private void apply(MarkAll<S> markAll) {
        status.setInvalid(false);
        if (status.getValue() == null) {
            status.setErrorMessage(getTranslation("validation.required"));
            status.setInvalid(true);
            return;
        }
        try {
            int changed = markAll.mark(status.getValue(), openOnly.getValue());
            Notifications.success(this, "checklist.marked", changed, label(status.getValue()));
        } catch (InvalidInputException refused) {
            List<String> elsewhere = FieldProblems.show(this, Map.of("status", status), refused);
            if (!elsewhere.isEmpty()) {
                Notifications.error(this, String.join(" ", elsewhere));
            }
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            Notifications.refused(this, refused);
        }
    }

    private String label(S value) {
        return status.getItemLabelGenerator().apply(value);
    }
}
