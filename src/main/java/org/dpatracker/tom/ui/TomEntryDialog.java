package org.dpatracker.tom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.tom.EvidenceKind;
import org.dpatracker.tom.MeasureDescriptions;
import org.dpatracker.tom.MeasureStatus;
import org.dpatracker.tom.TomChecklistService;
import org.dpatracker.tom.TomEntry;

/** Edits one measure of a party's checklist; warns while the description is not concrete. */
class TomEntryDialog extends FormDialog {

    TomEntryDialog(TomChecklistService checklists, TomEntry entry, String measureName, Runnable saved) {
        setHeaderTitle(measureName);
        Select<MeasureStatus> status = new Select<>();
        status.setLabel(getTranslation("tom.status"));
        status.setItems(MeasureStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("tom.status." + s.name()));
        status.setValue(entry.status());
        status.setId("tom-entry-status");
        TextArea description = new TextArea(getTranslation("tom.description"));
        description.setValue(entry.description() == null ? "" : entry.description());
        description.setHelperText(getTranslation("tom.description-help"));
        description.setId("tom-entry-description");
        description.setMaxLength(4000);
        description.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
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
        ComboBox<EvidenceKind> evidenceKind =
                new ComboBox<>(getTranslation("tom.evidence-kind"), EvidenceKind.values());
        evidenceKind.setItemLabelGenerator(k -> getTranslation("evidence." + k.name()));
        evidenceKind.setClearButtonVisible(true);
        evidenceKind.setValue(entry.evidenceKind());
        TextField evidence = new TextField(getTranslation("tom.evidence"));
        evidence.setValue(entry.evidence() == null ? "" : entry.evidence());
        evidence.setMaxLength(1000);
        DatePicker verifiedOn = new DatePicker(getTranslation("tom.verified-on"), entry.verifiedOn());
        FormLayout form = new FormLayout(status, verifiedOn, description, evidenceKind, evidence);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (Notifications.attempt(
                            this,
                            () -> checklists.saveEntry(new TomEntry(
                                    entry.id(),
                                    entry.version(),
                                    entry.checklistId(),
                                    entry.measureId(),
                                    status.getValue(),
                                    description.getValue(),
                                    evidenceKind.getValue(),
                                    evidence.getValue(),
                                    verifiedOn.getValue(),
                                    entry.verifiedBy())),
                            "tom.saved",
                            measureName)
                    .isPresent()) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("tom-entry-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }
}
