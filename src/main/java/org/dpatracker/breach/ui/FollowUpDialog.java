package org.dpatracker.breach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(() -> breaches.addFollowUp(entered), form, "breach.follow-up.saved"))
                        .ifPresent(result -> {
                            close();
                            saved.accept(result);
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("follow-up-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
