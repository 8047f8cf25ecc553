package org.dpatracker.organisation.ui;

import java.util.List;
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
        this(organisations, existing, existing, saved);
    }

    /** Records a new organisation under the name already typed, e.g. in a picker that did not find it. */
    public static OrganisationDialog named(
            OrganisationService organisations, String name, Consumer<Organisation> saved) {
        Organisation draft = Organisation.withoutSubdivision(
                null, name.trim(), null, null, null, null, null, null, null, null, false, 0, List.of());
        return new OrganisationDialog(organisations, null, draft, saved);
    }

    private OrganisationDialog(
            OrganisationService organisations,
            Organisation existing,
            Organisation shown,
            Consumer<Organisation> saved) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("organisation.new")
                        : getTranslation("organisation.edit", existing.name()));
        OrganisationForm form = new OrganisationForm(shown);
        add(form);
        addSaveButton(
                "organisation-save",
                form,
                form::read,
                organisations::save,
                "organisation.saved",
                Organisation::name,
                saved);
        setWidth("48rem");
    }
}
