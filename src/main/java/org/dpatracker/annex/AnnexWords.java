package org.dpatracker.annex;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dpatracker.core.Dates;
import org.dpatracker.core.Texts;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.retention.RetentionWording;
import org.dpatracker.transfer.Countries;

/** The annex's words in one language: labels, "not recorded", dates, periods, locations, contacts. */
final class AnnexWords {

    private final Locale locale;
    private final DateTimeFormatter dates;

    AnnexWords(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern(Dates.pattern(locale), locale);
    }

    Locale locale() {
        return locale;
    }

    String t(String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    /** The value, or "not recorded" when there is none: a missing fact is shown, never dropped. */
    String or(String value) {
        return value == null || value.isBlank() ? t("annex.not-recorded") : value;
    }

    String date(LocalDate date) {
        return date == null ? t("annex.not-recorded") : dates.format(date);
    }

    String yesNo(boolean value) {
        return t(value ? "fact.yes" : "fact.no");
    }

    String list(Collection<String> values) {
        return values.isEmpty() ? t("annex.not-recorded") : String.join("; ", values);
    }

    String period(Period period) {
        return period == null ? t("annex.not-recorded") : RetentionWording.period(period, this::t);
    }

    String country(String code) {
        return Countries.EU.equals(code) ? t("annex.eu") : Countries.name(code, locale);
    }

    /** "Germany (Frankfurt) – Standard contractual clauses 2021/914, module 3 – TIA 2024-03". */
    String location(ProcessingLocation location) {
        StringBuilder text = new StringBuilder(country(location.country()));
        if (location.region() != null && !location.region().isBlank()) {
            text.append(" (").append(location.region()).append(')');
        }
        if (Countries.EEA_LOCATIONS.contains(location.country())) {
            text.append(" – ").append(t("annex.within-eea"));
        } else {
            text.append(" – ")
                    .append(
                            location.mechanism() == null
                                    ? t("mechanism.NONE")
                                    : t("mechanism." + location.mechanism().name()));
            if (location.sccModule() != null) {
                text.append(", ").append(t("annex.scc-module", location.sccModule()));
            }
            if (location.derogation() != null && !location.derogation().isBlank()) {
                text.append(", Art. 49(1)(").append(location.derogation()).append(')');
            }
        }
        if (location.safeguardsReference() != null
                && !location.safeguardsReference().isBlank()) {
            text.append(" – ").append(location.safeguardsReference());
        }
        return text.toString();
    }

    String locations(List<ProcessingLocation> locations) {
        return locations.isEmpty()
                ? t("annex.not-recorded")
                : locations.stream().map(this::location).collect(Collectors.joining("\n"));
    }

    /** Name, position, e-mail, phone and address of a contact, as far as recorded. */
    String contact(Organisation.Contact contact) {
        String text = java.util.stream.Stream.of(
                        contact.name(), contact.position(), contact.email(), contact.phone(), contact.address())
                .filter(Objects::nonNull)
                .filter(value -> !value.isBlank())
                .collect(Collectors.joining(", "));
        return or(text);
    }

    /** Street, postcode and city, and the country's name in the document's language. */
    String address(Organisation o) {
        return or(o.address(locale));
    }

    String certifications(Organisation organisation) {
        return list(organisation.certifications().stream()
                .map(c -> c.displayLabel()
                        + (c.issuer() == null || c.issuer().isBlank() ? "" : " (" + c.issuer() + ")")
                        + (c.validUntil() == null ? "" : ", " + t("annex.valid-until", date(c.validUntil())))
                        + (c.reference() == null || c.reference().isBlank() ? "" : ", " + c.reference()))
                .toList());
    }
}
