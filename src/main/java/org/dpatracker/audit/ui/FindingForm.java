package org.dpatracker.audit.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import org.dpatracker.audit.Severity;
import org.dpatracker.core.ui.EntryForm;

/**
 * The fields of what an audit found: the finding and its severity. Public, as are its entered values,
 * for the Binder to read and build them.
 */
public class FindingForm extends EntryForm<FindingForm.Entered> {

    /** What the user enters for a finding. */
    public record Entered(String description, Severity severity) {}

    /** A new finding, of medium severity until the user says otherwise. */
    FindingForm() {
        super(Entered.class);
        TextArea description = new TextArea(getTranslation("audit.finding"));
        description.setId("finding-description");
        description.setWidthFull();
        Select<Severity> severity = new Select<>();
        severity.setLabel(getTranslation("audit.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("severity." + s.name()));
        severity.setId("finding-severity");

        text("description", description);
        bind("severity", severity);
        load(new Entered(null, Severity.MEDIUM));

        add(description, severity);
        setColspan(description, 2);
    }

    /** The finding as entered, or empty while a field is invalid (the field then says why). */
    Optional<Entered> read() {
        return entered();
    }
}
