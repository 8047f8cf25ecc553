package org.dpatracker.breach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.breach.BreachService;
import org.dpatracker.core.ui.FormDialog;

/** Records what the agreement says about breach notifications. */
class BreachDutyDialog extends FormDialog {

    BreachDutyDialog(BreachService breaches, BreachDuty duty, Runnable saved) {
        setHeaderTitle(getTranslation("breach.duty.title"));
        BreachDutyForm form = new BreachDutyForm(duty);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(() -> breaches.saveDuty(entered), form, "breach.duty.saved"))
                        .ifPresent(stored -> {
                            close();
                            saved.run();
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("breach-duty-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }
}
