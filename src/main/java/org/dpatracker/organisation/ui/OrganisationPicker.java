package org.dpatracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;

/** Picks a recorded organisation, or records a new one on the spot and picks it. */
public class OrganisationPicker extends HorizontalLayout {

    private final ComboBox<Organisation> organisation;

    /** {@code idPrefix} names the parts: {@code <prefix>-organisation} and {@code <prefix>-new-organisation}. */
    public OrganisationPicker(OrganisationService organisations, String label, String idPrefix) {
        organisation = new ComboBox<>(label);
        organisation.setItems(organisations.findAll(null));
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setRequiredIndicatorVisible(true);
        organisation.setId(idPrefix + "-organisation");
        organisation.setWidthFull();
        Button create = new Button(
                getTranslation("organisation.new"),
                click -> new OrganisationDialog(organisations, created -> {
                            organisation.setItems(organisations.findAll(null));
                            organisation.setValue(created);
                        })
                        .open());
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        create.setId(idPrefix + "-new-organisation");
        add(organisation, create);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
    }

    /** The field that holds the picked organisation, for a form to bind. */
    public ComboBox<Organisation> field() {
        return organisation;
    }

    public Organisation value() {
        return organisation.getValue();
    }
}
