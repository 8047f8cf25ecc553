package org.dpatracker.core.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Gives every row a checklist shows one status in one step: a status to choose and a button. A refusal of
 * the service is shown at the status field; nothing is changed then.
 *
 * @param <S> the statuses of the checklist
 */
public class MarkAllBar<S> extends Div {

    private final Select<S> status = new Select<>();

    /**
     * @param markAll gives the shown rows the chosen status and returns how many changed
     */
    public MarkAllBar(String id, List<S> statuses, Function<S, String> label, ToIntFunction<S> markAll) {
        setId(id);
        addClassName("mark-all");
        status.setLabel(getTranslation("checklist.mark-all"));
        status.setItems(statuses);
        status.setItemLabelGenerator(label::apply);
        status.setId(id + "-status");
        Button apply = new Button(getTranslation("checklist.mark-all-apply"), click -> apply(markAll));
        apply.setId(id + "-apply");
        add(status, apply);
    }

    private void apply(ToIntFunction<S> markAll) {
        status.setInvalid(false);
        if (status.getValue() == null) {
            status.setErrorMessage(getTranslation("validation.required"));
            status.setInvalid(true);
            return;
        }
        try {
            int changed = markAll.applyAsInt(status.getValue());
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
