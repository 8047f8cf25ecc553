package org.dpatracker.processor.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.responsible.ResponsiblePerson;
import org.dpatracker.responsible.ResponsiblePersonService;
import org.dpatracker.responsible.ui.ResponsiblePicker;

/**
 * Creates or edits an agreement: parties, processing (Annex II), document, subprocessor terms, locations,
 * and the user responsible for it.
 */
class AgreementDialog extends FormDialog {

    AgreementDialog(
            AgreementService agreements,
            OrganisationService organisations,
            ResponsiblePersonService responsible,
            Agreement existing,
            Consumer<Agreement> saved) {
        setHeaderTitle(getTranslation(existing == null ? "agreement.new" : "agreement.edit"));
        AgreementForm form = new AgreementForm(organisations, existing);
        ComboBox<ResponsiblePerson> person =
                ResponsiblePicker.comboBox(responsible, getTranslation("responsible.person"));
        person.setId("agreement-responsible");
        person.setHelperText(getTranslation("responsible.helper"));
        if (existing != null) {
            ResponsiblePicker.select(
                    person, responsible.responsibleOf(existing.id()).orElse(null));
        }
        add(person, form);
        addSaveButton(
                "agreement-save",
                form,
                form::read,
                entered -> {
                    Agreement stored = agreements.save(entered);
                    ResponsiblePerson chosen = person.getValue();
                    responsible.assign(stored.id(), chosen == null ? null : chosen.id());
                    return stored;
                },
                "agreement.saved",
                entered -> form.processorName(),
                saved);
        setWidth("60rem");
    }
}
