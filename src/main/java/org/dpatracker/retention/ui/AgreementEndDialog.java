package org.dpatracker.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.retention.AgreementEnd;
import org.dpatracker.retention.DeletionChoice;
import org.dpatracker.retention.RetentionService;

/** Records the end of the agreement, the controller's choice, the due date, and the processor's confirmation. */
class AgreementEndDialog extends FormDialog {

    AgreementEndDialog(RetentionService retention, AgreementEnd end, Runnable saved) {
        setHeaderTitle(getTranslation("retention.end"));
        DatePicker endedOn = new DatePicker(getTranslation("retention.end.ended-on"), end.endedOn());
        endedOn.setId("end-ended-on");
        RadioButtonGroup<DeletionChoice> choice = new RadioButtonGroup<>(getTranslation("retention.end.choice"));
        choice.setItems(DeletionChoice.values());
        choice.setItemLabelGenerator(c -> getTranslation("retention.choice." + c.name()));
        choice.setValue(end.choice() == null ? DeletionChoice.DELETE : end.choice());
        DatePicker dueOn = new DatePicker(getTranslation("retention.end.due-on"), end.dueOn());
        dueOn.setHelperText(getTranslation("retention.end.due-help"));
        dueOn.setId("end-due-on");
        DatePicker confirmedOn = new DatePicker(getTranslation("retention.end.confirmed-on"), end.confirmedOn());
        confirmedOn.setId("end-confirmed-on");
        TextField certificate = new TextField(getTranslation("retention.end.certificate"));
        certificate.setValue(end.certificateDocument() == null ? "" : end.certificateDocument());
        add(new FormLayout(endedOn, choice, dueOn, confirmedOn, certificate));
        Button save = new Button(getTranslation("action.save"), click -> {
            if (Notifications.attempt(
                            this,
                            () -> retention.saveEnd(new AgreementEnd(
                                    end.agreementId(),
                                    endedOn.getValue(),
                                    choice.getValue(),
                                    dueOn.getValue(),
                                    confirmedOn.getValue(),
                                    certificate.getValue(),
                                    end.version())),
                            "retention.end.saved")
                    .isPresent()) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("end-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
