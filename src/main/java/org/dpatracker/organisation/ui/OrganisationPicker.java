package org.dpatracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;

/**
 * Picks a recorded organisation, or records a new one on the spot and picks it. The list fetches only
 * the page the user scrolls to, filtered by what they type, so that thousands of vendors are not loaded
 * into every dialog.
 */
public class OrganisationPicker extends HorizontalLayout {

    private final ComboBox<Organisation> organisation;

    /** {@code idPrefix} names the parts: {@code <prefix>-organisation} and {@code <prefix>-new-organisation}. */
    public OrganisationPicker(OrganisationService organisations, String label, String idPrefix) {
        organisation = comboBox(organisations, label);
        organisation.setRequiredIndicatorVisible(true);
        organisation.setId(idPrefix + "-organisation");
        organisation.setWidthFull();
        Button create = new Button(
                getTranslation("organisation.new"),
                click -> new OrganisationDialog(organisations, created -> {
                            organisation.getDataProvider().refreshAll();
                            organisation.setValue(created);
                        })
                        .open());
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        create.setId(idPrefix + "-new-organisation");
        add(organisation, create);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
    }

    /** A combo box of every organisation, fetched a page at a time by the name (or city) typed. */
    public static ComboBox<Organisation> comboBox(OrganisationService organisations, String label) {
        ComboBox<Organisation> picker = new ComboBox<>(label);
        picker.setItems(query ->
                organisations.findPage(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream());
        picker.setItemLabelGenerator(Organisation::name);
        // A name that matches none is the start of a new organisation: its form opens with the name filled in.
        picker.setAllowCustomValue(true);
        picker.addCustomValueSetListener(typed -> {
            if (!typed.getDetail().isBlank()) {
                OrganisationDialog.named(organisations, typed.getDetail(), created -> {
                            picker.getDataProvider().refreshAll();
                            picker.setValue(created);
                        })
                        .open();
            }
        });
        return picker;
    }

    /** The field that holds the picked organisation, for a form to bind. */
    public ComboBox<Organisation> field() {
        return organisation;
    }

    public Organisation value() {
        return organisation.getValue();
    }
}
