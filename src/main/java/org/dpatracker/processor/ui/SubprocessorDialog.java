package org.dpatracker.processor.ui;

import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;

/** Adds a subprocessor to an agreement, or edits one: who, engaged by whom, for what, where. */
class SubprocessorDialog extends FormDialog {

    SubprocessorDialog(
            SubprocessorService subprocessors,
            OrganisationService organisations,
            AgreementDetail detail,
            Subprocessor existing,
            Consumer<Subprocessor> saved) {
        setHeaderTitle(getTranslation(existing == null ? "subprocessor.add" : "subprocessor.edit"));
        SubprocessorForm form = new SubprocessorForm(organisations, detail, existing);
        add(form);
        addSaveButton(
                "subprocessor-save",
                form,
                form::read,
                subprocessors::save,
                "subprocessor.saved",
                entered -> form.organisationName(),
                saved);
        setWidth("64rem");
    }
}
