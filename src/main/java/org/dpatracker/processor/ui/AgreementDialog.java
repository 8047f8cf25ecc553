package org.dpatracker.processor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;

/** Creates or edits an agreement: parties, processing (Annex II), document, subprocessor terms, locations. */
class AgreementDialog extends FormDialog {

    AgreementDialog(
            AgreementService agreements,
            OrganisationService organisations,
            Agreement existing,
            Consumer<Agreement> saved) {
        setHeaderTitle(getTranslation(existing == null ? "agreement.new" : "agreement.edit"));
        AgreementForm form = new AgreementForm(organisations, existing);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered ->
                                save(() -> agreements.save(entered), form, "agreement.saved", form.processorName()))
                        .ifPresent(result -> {
                            close();
                            saved.accept(result);
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("60rem");
    }
}
