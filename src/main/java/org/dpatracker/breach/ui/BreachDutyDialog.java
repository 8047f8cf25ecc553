package org.dpatracker.breach.ui;

import org.dpatracker.breach.BreachDuty;
import org.dpatracker.breach.BreachService;
import org.dpatracker.core.ui.FormDialog;

/** Records what the agreement says about breach notifications. */
class BreachDutyDialog extends FormDialog {

    BreachDutyDialog(BreachService breaches, BreachDuty duty, Runnable saved) {
        setHeaderTitle(getTranslation("breach.duty.title"));
        BreachDutyForm form = new BreachDutyForm(duty);
        add(form);
        addSaveButton(
                "breach-duty-save", form, form::read, breaches::saveDuty, "breach.duty.saved", stored -> saved.run());
        setWidth("44rem");
    }
}
