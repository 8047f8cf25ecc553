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
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(
                                () -> adequacy.save(entered.decision(decision.version()), isNew),
                                form,
                                "adequacy.saved",
                                entered.country()))
                        .ifPresent(saved -> {
                            close();
                            changed.run();
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("adequacy-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
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
