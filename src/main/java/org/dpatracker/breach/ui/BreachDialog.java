package org.dpatracker.breach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(() -> breaches.save(entered), form, "breach.saved"))
                        .ifPresent(result -> {
                            close();
                            saved.accept(result);
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("breach-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("56rem");
    }
}
