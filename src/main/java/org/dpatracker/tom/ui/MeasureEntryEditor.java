package org.dpatracker.tom.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.tom.MeasureDescriptions;
import org.dpatracker.tom.MeasureStatus;
import org.dpatracker.tom.TomEntry;

/**
 * The common case of a measure, edited in its row: the status and how the party takes it. Evidence and
 * verification stay as they are (the dialog edits them). Public, as are its entered values, for the Binder.
 */
public class MeasureEntryEditor extends EntryForm<MeasureEntryEditor.Entered> {

    /** What the user enters for a measure in its row. */
    public record Entered(MeasureStatus status, String description) {}

    private final TomEntry original;
    private final Select<MeasureStatus> status = new Select<>();

    MeasureEntryEditor(TomEntry original) {
        super(Entered.class);
        this.original = original;
        addClassName("measure-editor");
        status.setLabel(getTranslation("tom.status"));
        status.setItems(MeasureStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("tom.status." + s.name()));
        status.addClassName("measure-row-status");
        TextArea description = new TextArea(getTranslation("tom.description"));
        description.addClassName("measure-row-description");
        description.setMaxLength(4000);
        description.setValueChangeMode(ValueChangeMode.EAGER);
        bind("status", status);
        text("description", description);
        load(new Entered(original.status(), original.description()));
        Runnable warn = () -> {
            boolean generic = status.getValue() != null
                    && status.getValue().claimsMeasure()
                    && MeasureDescriptions.tooGeneric(description.getValue());
            description.setHelperText(generic ? getTranslation("tom.generic-warning-long") : null);
            description.getElement().getClassList().set("warning", generic);
        };
        description.addValueChangeListener(change -> warn.run());
        status.addValueChangeListener(change -> warn.run());
        warn.run();
        add(status, description);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    void focusStatus() {
        status.focus();
    }

    /** The entry as entered, or empty while a field is invalid (the field then says why). */
    Optional<TomEntry> read() {
        return entered()
                .map(e -> new TomEntry(
                        original.id(),
                        original.version(),
                        original.checklistId(),
                        original.measureId(),
                        e.status(),
                        e.description(),
                        original.evidenceKind(),
                        original.evidence(),
                        original.verifiedOn(),
                        original.verifiedBy()));
    }
}
