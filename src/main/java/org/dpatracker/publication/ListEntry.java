package org.dpatracker.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One sub-processor on the list: the organisation it stands for (never published), its name, the purpose of
 * its processing, the countries where it processes, since when, its website and the transfer mechanisms for
 * countries outside the EEA. A published entry holds only the chosen fields; the others are empty.
 */
public record ListEntry(
        long organisationId,
        String name,
        String purpose,
        List<String> countries,
        LocalDate since,
        String website,
        List<String> transfers) {

    public ListEntry {
        countries = countries == null ? List.of() : List.copyOf(countries);
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
    }

    /** This entry with only the chosen fields. */
    ListEntry only(Set<PublishedField> fields) {
        return new ListEntry(
                organisationId,
                name,
                fields.contains(PublishedField.PURPOSE) ? purpose : null,
                fields.contains(PublishedField.COUNTRIES) ? countries : List.of(),
                fields.contains(PublishedField.SINCE) ? since : null,
                fields.contains(PublishedField.WEBSITE) ? website : null,
                fields.contains(PublishedField.TRANSFERS) ? transfers : List.of());
    }

    ListEntry since(LocalDate day) {
        return new ListEntry(organisationId, name, purpose, countries, day, website, transfers);
    }

    /** The fields in which this entry differs from the other (the name among them). */
    Set<PublishedField> differencesTo(ListEntry other) {
        Set<PublishedField> changed = java.util.EnumSet.noneOf(PublishedField.class);
        if (!Objects.equals(name, other.name)) changed.add(PublishedField.NAME);
        if (!Objects.equals(purpose, other.purpose)) changed.add(PublishedField.PURPOSE);
        if (!countries.equals(other.countries)) changed.add(PublishedField.COUNTRIES);
        if (!Objects.equals(website, other.website)) changed.add(PublishedField.WEBSITE);
        if (!transfers.equals(other.transfers)) changed.add(PublishedField.TRANSFERS);
        return changed;
    }
}
