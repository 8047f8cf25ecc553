package org.dpatracker.breach.ui;

import java.util.function.Consumer;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.processor.AgreementService;

/** Records a breach or edits it: the facts of Art. 33(3), the timeline, the authority notification and the subjects. */
class BreachDialog extends FormDialog {

    BreachDialog(BreachService breaches, AgreementService agreements, Breach breach, Consumer<Breach> saved) {
        setHeaderTitle(getTranslation(breach == null ? "breach.record" : "breach.edit"));
        BreachForm form = new BreachForm(agreements, breach);
        add(form);
        addSaveButton("breach-save", form, form::read, breaches::save, "breach.saved", saved);
        setWidth("56rem");
    }
}
