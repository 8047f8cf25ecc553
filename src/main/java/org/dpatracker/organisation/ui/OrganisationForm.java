package org.dpatracker.organisation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.holiday.WorkingDays;
import org.dpatracker.organisation.Certification;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationRules;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.CountryRanking;

/**
 * The fields of an organisation: address, contact, data protection officer and certifications. Public,
 * as are its entered values, for the Binder to read and build them.
 */
public class OrganisationForm extends EntryForm<OrganisationForm.Entered> {

    /** What the user enters for an organisation. */
    public record Entered(
            String name,
            String legalForm,
            String street,
            String postalCode,
            String city,
            String country,
            String subdivision,
            String website,
            boolean ownCompany,
            String contactName,
            String contactPosition,
            String contactEmail,
            String contactPhone,
            String dpoName,
            String dpoEmail,
            String dpoPhone,
            String dpoAddress,
            List<Certification> certifications) {

        static Entered of(Organisation o) {
            return o == null
                    ? new Entered(
                            null, null, null, null, null, null, null, null, false, null, null, null, null, null, null,
                            null, null, List.of())
                    : new Entered(
                            o.name(),
                            o.legalForm(),
                            o.street(),
                            o.postalCode(),
                            o.city(),
                            o.country(),
                            o.subdivision(),
                            o.website(),
                            o.ownCompany(),
                            o.contact().name(),
                            o.contact().position(),
                            o.contact().email(),
                            o.contact().phone(),
                            o.dpo().name(),
                            o.dpo().email(),
                            o.dpo().phone(),
                            o.dpo().address(),
                            o.certifications());
        }
    }

    private final Organisation original;

    /** Edits {@code original}, or a new organisation when it is null. */
    public OrganisationForm(Organisation original) {
        super(Entered.class);
        this.original = original;
        TextField name = new TextField(getTranslation("organisation.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("organisation-name");
        TextField legalForm = new TextField(getTranslation("organisation.legal-form"));
        TextField street = new TextField(getTranslation("organisation.street"));
        TextField postalCode = new TextField(getTranslation("organisation.postal-code"));
        TextField city = new TextField(getTranslation("organisation.city"));
        ComboBox<String> country = new ComboBox<>(getTranslation("organisation.country"));
        CountryRanking ranking = new CountryRanking(Countries.all(getLocale()), getLocale());
        country.setItems(query -> ranking.rank(query.getFilter().orElse("")).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
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
        Checkbox ownCompany = new Checkbox(getTranslation("organisation.own-company"));
        TextField contactName = new TextField(getTranslation("organisation.contact-name"));
        TextField contactPosition = new TextField(getTranslation("organisation.contact-position"));
        TextField contactEmail = new TextField(getTranslation("organisation.contact-email"));
        TextField contactPhone = new TextField(getTranslation("organisation.contact-phone"));
        TextField dpoName = new TextField(getTranslation("organisation.dpo-name"));
        TextField dpoEmail = new TextField(getTranslation("organisation.dpo-email"));
        TextField dpoPhone = new TextField(getTranslation("organisation.dpo-phone"));
        TextField dpoAddress = new TextField(getTranslation("organisation.dpo-address"));
        CertificationEditor certifications = new CertificationEditor(getTranslation("organisation.certifications"));

        field("name", name).bind("name");
        text("legalForm", legalForm);
        text("street", street);
        text("postalCode", postalCode);
        text("city", city);
        bind("country", country);
        bind("subdivision", subdivision);
        text("website", website);
        bind("ownCompany", ownCompany);
        text("contactName", contactName);
        text("contactPosition", contactPosition);
        email("contactEmail", contactEmail);
        text("contactPhone", contactPhone);
        text("dpoName", dpoName);
        email("dpoEmail", dpoEmail);
        text("dpoPhone", dpoPhone);
        text("dpoAddress", dpoAddress);
        bind("certifications", certifications);
        load(Entered.of(original));

        add(
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
        setColspan(certifications, 2);
    }

    /** The organisation as entered, or empty while a field is invalid (the field then says why). */
    Optional<Organisation> read() {
        return entered()
                .map(e -> new Organisation(
                        original == null ? null : original.id(),
                        e.name(),
                        e.legalForm(),
                        e.street(),
                        e.postalCode(),
                        e.city(),
                        e.country(),
                        e.website(),
                        new Organisation.Contact(
                                e.contactName(), e.contactPosition(), e.contactEmail(), e.contactPhone(), null),
                        new Organisation.Contact(e.dpoName(), null, e.dpoEmail(), e.dpoPhone(), e.dpoAddress()),
                        e.ownCompany(),
                        original == null ? 0 : original.version(),
                        e.certifications(),
                        e.subdivision()));
    }

    private void email(String property, TextField field) {
        trimmed(property, field)
                .withValidator(OrganisationRules::isEmail, getTranslation("validation.email"))
                .bind(property);
    }
}
