package org.dpatracker.processor.ui;

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
        addSaveButton(
                "agreement-save",
                form,
                form::read,
                agreements::save,
                "agreement.saved",
                entered -> form.processorName(),
                saved);
        setWidth("60rem");
    }
}
