package org.dpatracker.tom.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.Optional;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.tom.EvidenceKind;
import org.dpatracker.tom.MeasureDescriptions;
import org.dpatracker.tom.MeasureStatus;
import org.dpatracker.tom.TomEntry;

/**
 * The fields of one measure of a party's checklist; warns while the description is not concrete. Public,
 * as are its entered values, for the Binder to read and build them.
 */
public class TomEntryForm extends EntryForm<TomEntryForm.Entered> {

    /** What the user enters for a measure of the checklist. */
    public record Entered(
            MeasureStatus status,
            LocalDate verifiedOn,
            String description,
            EvidenceKind evidenceKind,
            String evidence) {}

    private final TomEntry original;

    /** Edits {@code original}. */
    TomEntryForm(TomEntry original) {
        super(Entered.class);
        this.original = original;
        Select<MeasureStatus> status = new Select<>();
        status.setLabel(getTranslation("tom.status"));
        status.setItems(MeasureStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("tom.status." + s.name()));
        status.setId("tom-entry-status");
        TextArea description = new TextArea(getTranslation("tom.description"));
        description.setHelperText(getTranslation("tom.description-help"));
        description.setId("tom-entry-description");
        description.setMaxLength(4000);
        description.setValueChangeMode(ValueChangeMode.EAGER);
        ComboBox<EvidenceKind> evidenceKind =
                new ComboBox<>(getTranslation("tom.evidence-kind"), EvidenceKind.values());
        evidenceKind.setItemLabelGenerator(k -> getTranslation("evidence." + k.name()));
        evidenceKind.setClearButtonVisible(true);
        TextField evidence = new TextField(getTranslation("tom.evidence"));
        evidence.setId("tom-entry-evidence");
        evidence.setMaxLength(1000);
        DatePicker verifiedOn = new DateField(getTranslation("tom.verified-on"));

        bind("status", status);
        bind("verifiedOn", verifiedOn);
        text("description", description);
        bind("evidenceKind", evidenceKind);
        text("evidence", evidence);
        load(new Entered(
                original.status(),
                original.verifiedOn(),
                original.description(),
                original.evidenceKind(),
                original.evidence()));

        Runnable warn = () -> {
            boolean generic = status.getValue() != null
                    && status.getValue().claimsMeasure()
                    && MeasureDescriptions.tooGeneric(description.getValue());
            description.setHelperText(getTranslation(generic ? "tom.generic-warning-long" : "tom.description-help"));
            description.getElement().getClassList().set("warning", generic);
        };
        description.addValueChangeListener(change -> warn.run());
        status.addValueChangeListener(change -> warn.run());
        warn.run();

        add(status, verifiedOn, description, evidenceKind, evidence);
        setColspan(description, 2);
    }

    /** The measure's entry as entered, or empty while a field is invalid (the field then says why). */
    Optional<TomEntry> read() {
        return entered()
                .map(e -> new TomEntry(
                        original.id(),
                        original.version(),
                        original.checklistId(),
                        original.measureId(),
                        e.status(),
                        e.description(),
                        e.evidenceKind(),
                        e.evidence(),
                        e.verifiedOn(),
                        original.verifiedBy()));
    }
}
