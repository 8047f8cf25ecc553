package org.dpatracker.organisation;

import org.dpatracker.core.Validation;
import org.dpatracker.holiday.WorkingDays;
import org.dpatracker.transfer.Countries;

/** The checks an organisation passes before it is stored; forms use the same ones. */
public final class OrganisationRules {

    private OrganisationRules() {}

    /** The organisation with its country code normalised, or an exception naming every problem. */
    static Organisation checked(Organisation o) {
        Validation validation = new Validation();
        validation.requireText(o.name(), "name", 300);
        validation.optionalText(o.legalForm(), "legalForm", 100);
        validation.optionalText(o.street(), "street", 300);
        validation.optionalText(o.postalCode(), "postalCode", 20);
        validation.optionalText(o.city(), "city", 200);
        validation.optionalText(o.website(), "website", 500);
        validation.optionalText(o.contact().name(), "contactName", 200);
        validation.optionalText(o.contact().position(), "contactPosition", 200);
        validation.optionalText(o.contact().email(), "contactEmail", 320);
        validation.optionalText(o.contact().phone(), "contactPhone", 100);
        validation.optionalText(o.dpo().name(), "dpoName", 200);
        validation.optionalText(o.dpo().email(), "dpoEmail", 320);
        validation.optionalText(o.dpo().phone(), "dpoPhone", 100);
        validation.optionalText(o.dpo().address(), "dpoAddress", 500);
        boolean noCountry = o.country() == null || o.country().isBlank();
        String country = noCountry ? null : Countries.normalise(o.country()).orElse(null);
        validation.require(noCountry || country != null, "country", "validation.country", String.valueOf(o.country()));
        validation.require(isEmail(o.contact().email()), "contactEmail", "validation.email");
        validation.require(isEmail(o.dpo().email()), "dpoEmail", "validation.email");
        for (Certification certification : o.certifications()) {
            validation.require(
                    certification.kind() != null, "certifications", "organisation.validation.certification-kind");
        }
        String subdivision = o.subdivision() == null || o.subdivision().isBlank()
                ? null
                : o.subdivision().trim().toUpperCase(java.util.Locale.ROOT);
        validation.require(
                subdivision == null
                        || ("DE".equals(country) && WorkingDays.germanStates().contains(subdivision)),
                "subdivision",
                "organisation.validation.subdivision",
                String.valueOf(subdivision));
        validation.throwIfInvalid();
        return new Organisation(
                o.id(),
                o.name().trim(),
                o.legalForm(),
                o.street(),
                o.postalCode(),
                o.city(),
                country,
                o.website(),
                o.contact(),
                o.dpo(),
                o.ownCompany(),
                o.version(),
                o.certifications(),
                subdivision);
    }

    public static boolean isEmail(String value) {
        return value == null || value.isBlank() || value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }
}
