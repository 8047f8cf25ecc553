package org.dpatracker.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.retention.AgreementEnd;
import org.dpatracker.retention.RetentionService;

/** Records the end of the agreement, the controller's choice, the due date, and the processor's confirmation. */
class AgreementEndDialog extends FormDialog {

    AgreementEndDialog(RetentionService retention, AgreementEnd end, Runnable saved) {
        setHeaderTitle(getTranslation("retention.end"));
        AgreementEndForm form = new AgreementEndForm(end);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(() -> retention.saveEnd(entered), form, "retention.end.saved"))
                        .ifPresent(stored -> {
                            close();
                            saved.run();
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("end-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
