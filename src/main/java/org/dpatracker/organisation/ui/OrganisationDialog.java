package org.dpatracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dpatracker.core.Strings;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.holiday.WorkingDays;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationRules;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.transfer.Countries;

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
        TextField name = new TextField(getTranslation("organisation.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("organisation-name");
        TextField legalForm = new TextField(getTranslation("organisation.legal-form"));
        TextField street = new TextField(getTranslation("organisation.street"));
        TextField postalCode = new TextField(getTranslation("organisation.postal-code"));
        TextField city = new TextField(getTranslation("organisation.city"));
        ComboBox<String> country = new ComboBox<>(getTranslation("organisation.country"));
        country.setItems(Countries.all(getLocale()));
        country.setId("organisation-country");
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        ComboBox<String> subdivision = new ComboBox<>(getTranslation("organisation.subdivision"));
        subdivision.setItems(WorkingDays.germanStates());
        subdivision.setItemLabelGenerator(code -> getTranslation("subdivision." + code));
        subdivision.setHelperText(getTranslation("organisation.subdivision-help"));
        subdivision.setId("organisation-subdivision");
        subdivision.setClearButtonVisible(true);
        subdivision.setVisible(false);
        country.addValueChangeListener(change -> {
            subdivision.setVisible("DE".equals(change.getValue()));
            if (!"DE".equals(change.getValue())) {
                subdivision.clear();
            }
        });
        TextField website = new TextField(getTranslation("organisation.website"));
        TextField contactName = new TextField(getTranslation("organisation.contact-name"));
        TextField contactPosition = new TextField(getTranslation("organisation.contact-position"));
        TextField contactEmail = new TextField(getTranslation("organisation.contact-email"));
        TextField contactPhone = new TextField(getTranslation("organisation.contact-phone"));
        TextField dpoName = new TextField(getTranslation("organisation.dpo-name"));
        TextField dpoEmail = new TextField(getTranslation("organisation.dpo-email"));
        Checkbox ownCompany = new Checkbox(getTranslation("organisation.own-company"));
        TextField dpoPhone = new TextField(getTranslation("organisation.dpo-phone"));
        TextField dpoAddress = new TextField(getTranslation("organisation.dpo-address"));
        CertificationEditor certifications = new CertificationEditor(getTranslation("organisation.certifications"));
        certifications.setValue(existing == null ? List.of() : existing.certifications());
        if (existing != null) {
            name.setValue(existing.name());
            set(legalForm, existing.legalForm());
            set(street, existing.street());
            set(postalCode, existing.postalCode());
            set(city, existing.city());
            country.setValue(existing.country());
            subdivision.setValue(existing.subdivision());
            set(website, existing.website());
            set(contactName, existing.contact().name());
            set(contactPosition, existing.contact().position());
            set(contactEmail, existing.contact().email());
            set(contactPhone, existing.contact().phone());
            set(dpoName, existing.dpo().name());
            set(dpoEmail, existing.dpo().email());
            set(dpoPhone, existing.dpo().phone());
            set(dpoAddress, existing.dpo().address());
            ownCompany.setValue(existing.ownCompany());
        }
        for (TextField email : List.of(contactEmail, dpoEmail)) {
            email.addValueChangeListener(change -> {
                email.setInvalid(!OrganisationRules.isEmail(change.getValue()));
                email.setErrorMessage(getTranslation("validation.email"));
            });
        }
        FormLayout form = new FormLayout(
                name,
                legalForm,
                street,
                postalCode,
                city,
                country,
                subdivision,
                website,
                ownCompany,
                new H4(getTranslation("organisation.contact")),
                contactName,
                contactPosition,
                contactEmail,
                contactPhone,
                new H4(getTranslation("organisation.dpo")),
                dpoName,
                dpoEmail,
                dpoPhone,
                dpoAddress,
                certifications);
        form.setColspan(certifications, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            save(
                            () -> organisations.save(new Organisation(
                                    existing == null ? null : existing.id(),
                                    name.getValue(),
                                    Strings.trimmedOrNull(legalForm.getValue()),
                                    Strings.trimmedOrNull(street.getValue()),
                                    Strings.trimmedOrNull(postalCode.getValue()),
                                    Strings.trimmedOrNull(city.getValue()),
                                    country.getValue(),
                                    Strings.trimmedOrNull(website.getValue()),
                                    new Organisation.Contact(
                                            Strings.trimmedOrNull(contactName.getValue()),
                                            Strings.trimmedOrNull(contactPosition.getValue()),
                                            Strings.trimmedOrNull(contactEmail.getValue()),
                                            Strings.trimmedOrNull(contactPhone.getValue()),
                                            null),
                                    new Organisation.Contact(
                                            Strings.trimmedOrNull(dpoName.getValue()),
                                            null,
                                            Strings.trimmedOrNull(dpoEmail.getValue()),
                                            Strings.trimmedOrNull(dpoPhone.getValue()),
                                            Strings.trimmedOrNull(dpoAddress.getValue())),
                                    ownCompany.getValue(),
                                    existing == null ? 0 : existing.version(),
                                    certifications.getValue(),
                                    subdivision.getValue())),
                            Map.of(
                                    "name",
                                    name,
                                    "country",
                                    country,
                                    "contactEmail",
                                    contactEmail,
                                    "dpoEmail",
                                    dpoEmail),
                            "organisation.saved",
                            name.getValue())
                    .ifPresent(created -> {
                        close();
                        saved.accept(created);
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("organisation-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("48rem");
    }

    private static void set(TextField field, String value) {
        field.setValue(value == null ? "" : value);
    }
}
