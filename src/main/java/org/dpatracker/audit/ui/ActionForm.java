package org.dpatracker.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import org.dpatracker.audit.ActionStatus;
import org.dpatracker.audit.Finding;
import org.dpatracker.audit.RemediationAction;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;

/**
 * The fields of a remediation action: what, who, by when, and how far it got. Public, as are its entered
 * values, for the Binder to read and build them.
 */
public class ActionForm extends EntryForm<ActionForm.Entered> {

    /** What the user enters for an action. */
    public record Entered(
            String description, String owner, LocalDate dueOn, ActionStatus status, LocalDate completedOn) {

        static Entered of(RemediationAction a) {
            return a == null
                    ? new Entered(null, null, null, ActionStatus.OPEN, null)
                    : new Entered(a.description(), a.owner(), a.dueOn(), a.status(), a.completedOn());
        }
    }

    private final RemediationAction original;
    private final Finding finding;

    /** Edits {@code original}, or a new action on the finding when it is null. */
    ActionForm(Finding finding, RemediationAction original) {
        super(Entered.class);
        this.original = original;
        this.finding = finding;
        TextArea description = new TextArea(getTranslation("audit.action"));
        description.setId("action-description");
        TextField owner = new TextField(getTranslation("audit.action.owner"));
        owner.setId("action-owner");
        DatePicker due = new DateField(getTranslation("audit.action.due"));
        due.setId("action-due");
        Select<ActionStatus> status = new Select<>();
        status.setLabel(getTranslation("audit.action.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("audit.action.status." + s.name()));
        status.setId("action-status");
        DatePicker completed = new DateField(getTranslation("audit.action.completed"));

        text("description", description);
        text("owner", owner);
        bind("dueOn", due);
        bind("status", status);
        bind("completedOn", completed);
        load(Entered.of(original));

        add(description, owner, due, status, completed);
        setColspan(description, 2);
    }

    /** The action as entered, or empty while a field is invalid (the field then says why). */
    Optional<RemediationAction> read() {
        return entered()
                .map(e -> new RemediationAction(
                        original == null ? null : original.id(),
                        original == null ? 0 : original.version(),
                        finding.id(),
                        e.description(),
                        e.owner(),
                        e.dueOn(),
                        e.status(),
                        e.completedOn()));
    }
}
