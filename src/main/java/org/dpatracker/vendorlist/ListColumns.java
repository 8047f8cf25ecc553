package org.dpatracker.vendorlist;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which columns of a vendor's list hold the name, the purpose and the location, told by their headers in
 * English or German ("Sub-processor", "Unterauftragsverarbeiter", "Zweck", "Tätigkeit", "Standort", "Land" …).
 * A header naming a location or a purpose wins over one that merely mentions the sub-processor, so that
 * "Sub-processor location" is the location. {@code strength} ranks candidate header rows: more columns
 * recognised, then more of them by their exact usual header, so that a heading such as "Our sub-processors"
 * copied above the table is not taken for its header.
 */
record ListColumns(int name, int purpose, int location, int strength) {

    private static final Set<String> NAMES = Set.of(
            "name",
            "subprocessor",
            "subprocessors",
            "unterauftragsverarbeiter",
            "unterauftragnehmer",
            "company",
            "firma",
            "entity",
            "legalentity",
            "vendor",
            "anbieter",
            "dienstleister",
            "serviceprovider",
            "provider",
            "unternehmen",
            "organisation",
            "organization",
            "subcontractor");
    private static final Set<String> PURPOSES = Set.of(
            "purpose",
            "zweck",
            "taetigkeit",
            "service",
            "services",
            "leistung",
            "dienstleistung",
            "activity",
            "description",
            "beschreibung",
            "function",
            "funktion",
            "processing",
            "verarbeitung");
    private static final Set<String> LOCATIONS = Set.of(
            "location",
            "locations",
            "country",
            "countries",
            "standort",
            "standorte",
            "land",
            "laender",
            "ort",
            "sitz",
            "region",
            "verarbeitungsort");
    private static final List<String> LOCATION_WORDS = List.of("location", "countr", "standort", "land", "sitz");
    private static final List<String> PURPOSE_WORDS = List.of(
            "purpose",
            "zweck",
            "taetigkeit",
            "service",
            "leistung",
            "activit",
            "descript",
            "beschreib",
            "funktion",
            "function");
    private static final List<String> NAME_WORDS = List.of(
            "name",
            "subprocessor",
            "unterauftrag",
            "company",
            "firma",
            "entity",
            "vendor",
            "anbieter",
            "dienstleister",
            "provider",
            "subcontractor");

    /** The columns of this header row, or empty when none of them names the sub-processor. */
    static Optional<ListColumns> of(List<String> header) {
        int name = -1;
        int purpose = -1;
        int location = -1;
        int exact = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < header.size(); i++) {
                String cell = normalised(header.get(i));
                if (cell.isEmpty() || i == name || i == purpose || i == location) {
                    continue;
                }
                if (location < 0 && (pass == 0 ? LOCATIONS.contains(cell) : contains(cell, LOCATION_WORDS))) {
                    location = i;
                } else if (purpose < 0 && (pass == 0 ? PURPOSES.contains(cell) : contains(cell, PURPOSE_WORDS))) {
                    purpose = i;
                } else if (name < 0 && (pass == 0 ? NAMES.contains(cell) : contains(cell, NAME_WORDS))) {
                    name = i;
                }
            }
            if (pass == 0) {
                exact = (name < 0 ? 0 : 1) + (purpose < 0 ? 0 : 1) + (location < 0 ? 0 : 1);
            }
        }
        int found = (name < 0 ? 0 : 1) + (purpose < 0 ? 0 : 1) + (location < 0 ? 0 : 1);
        return name < 0 ? Optional.empty() : Optional.of(new ListColumns(name, purpose, location, found * 10 + exact));
    }

    private static boolean contains(String cell, List<String> words) {
        return words.stream().anyMatch(cell::contains);
    }

    /** Lower case, umlauts spelt out, letters only: "Sub-processor" and "Tätigkeit" become "subprocessor" and "taetigkeit". */
    static String normalised(String header) {
        return OrganisationNames.spelledOut(header.toLowerCase(java.util.Locale.ROOT))
                .replaceAll("[^a-z]", "");
    }
}
