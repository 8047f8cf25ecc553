package org.dpatracker.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.transfer.AdequacyDecision;
import org.dpatracker.transfer.AdequacyService;

/** Adds an adequacy decision, or changes or removes one. */
class AdequacyDialog extends FormDialog {

    AdequacyDialog(AdequacyService adequacy, AdequacyDecision decision, boolean isNew, Runnable changed) {
        setHeaderTitle(getTranslation(isNew ? "adequacy.new" : "adequacy.edit", decision.country()));
        AdequacyForm form = new AdequacyForm(decision, isNew);
        add(form);
        addSaveButton(
                "adequacy-save",
                form,
                form::read,
                entered -> adequacy.save(entered.decision(decision.version()), isNew),
                "adequacy.saved",
                entered -> entered.country(),
                saved -> changed.run());
        if (!isNew) {
            Button remove = new Button(getTranslation("adequacy.remove"), click -> {
                if (Notifications.attempt(
                        this, () -> adequacy.remove(decision.country()), "adequacy.removed", decision.country())) {
                    close();
                    changed.run();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(remove);
        }
        setWidth("44rem");
    }
}
