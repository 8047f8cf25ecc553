package org.dpatracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;

/** Records a new organisation (a processor, subprocessor or own company) with its contacts. */
public class OrganisationDialog extends FormDialog {

    public OrganisationDialog(OrganisationService organisations, Consumer<Organisation> saved) {
        this(organisations, null, saved);
    }

    /** Edits {@code existing}, or records a new organisation when it is null. */
    public OrganisationDialog(OrganisationService organisations, Organisation existing, Consumer<Organisation> saved) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("organisation.new")
                        : getTranslation("organisation.edit", existing.name()));
        OrganisationForm form = new OrganisationForm(existing);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered ->
                                save(() -> organisations.save(entered), form, "organisation.saved", entered.name()))
                        .ifPresent(created -> {
                            close();
                            saved.accept(created);
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("organisation-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("48rem");
    }
}
