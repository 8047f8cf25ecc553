package org.dpatracker.breach.ui;

import java.util.function.Consumer;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.core.ui.FormDialog;

/** Records information given later, in phases, to the authority or the data subjects (Art. 33(4) GDPR). */
class FollowUpDialog extends FormDialog {

    FollowUpDialog(BreachService breaches, Breach breach, Consumer<Breach> saved) {
        setHeaderTitle(getTranslation("breach.follow-up.add"));
        FollowUpForm form = new FollowUpForm(breach, breaches.now());
        add(form);
        addSaveButton("follow-up-save", form, form::read, breaches::addFollowUp, "breach.follow-up.saved", saved);
        setWidth("40rem");
    }
}
