package org.dpatracker.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A legal entity: our own company (or a group company), a processor or a subprocessor. Recorded
 * once, however many agreements use it. {@code subdivision} is the state of the seat (ISO 3166-2).
 */
public record Organisation(
        Long id,
        String name,
        String legalForm,
        String street,
        String postalCode,
        String city,
        String country,
        String website,
        Contact contact,
        Contact dpo,
        boolean ownCompany,
        int version,
        List<Certification> certifications,
        String subdivision) {

    /** An organisation whose seat's state is not recorded. */
    public static Organisation withoutSubdivision(
            Long id,
            String name,
            String legalForm,
            String street,
            String postalCode,
            String city,
            String country,
            String website,
            Contact contact,
            Contact dpo,
            boolean ownCompany,
            int version,
            List<Certification> certifications) {
        return new Organisation(
                id,
                name,
                legalForm,
                street,
                postalCode,
                city,
                country,
                website,
                contact,
                dpo,
                ownCompany,
                version,
                certifications,
                null);
    }

    public Organisation {
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        contact = contact == null ? Contact.EMPTY : contact;
        dpo = dpo == null ? Contact.EMPTY : dpo;
    }

    /** A person to contact: name, position, e-mail, phone, and a postal address where it differs. */
    public record Contact(String name, String position, String email, String phone, String address) {
        public static final Contact EMPTY = new Contact(null, null, null, null, null);
    }

    /** The name with the legal form, unless the name already carries it ("Ubimax GmbH", not "Ubimax GmbH GmbH"). */
    public String nameWithLegalForm() {
        if (legalForm == null
                || legalForm.isBlank()
                || name.endsWith(legalForm.trim())
                || name.contains(" " + legalForm.trim() + " ")) {
            return name;
        }
        return name + " " + legalForm.trim();
    }

    public String address() {
        return String.join(
                ", ",
                java.util.stream.Stream.of(street, join(postalCode, city), country)
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
    }

    /** The address with the country's name in the given language, e.g. for documents. */
    public String address(java.util.Locale locale) {
        return String.join(
                ", ",
                java.util.stream.Stream.of(
                                street,
                                join(postalCode, city),
                                country == null ? null : org.dpatracker.transfer.Countries.name(country, locale))
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).trim();
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("legalForm", legalForm);
        state.put("address", address());
        state.put("subdivision", subdivision);
        state.put("website", website);
        state.put("contact", contact);
        state.put("dpo", dpo);
        state.put("ownCompany", ownCompany);
        state.put(
                "certifications",
                certifications.stream()
                        .map(c -> c.displayLabel() + (c.validUntil() == null ? "" : " until " + c.validUntil()))
                        .toList());
        state.put("version", version);
        return state;
    }
}
