package org.dpatracker.processor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(
                                () -> subprocessors.save(entered), form, "subprocessor.saved", form.organisationName()))
                        .ifPresent(result -> {
                            close();
                            saved.accept(result);
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("subprocessor-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("64rem");
    }
}
