package org.dpatracker.publication;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a published entry may show; the name always, the others as the DPO chooses. */
public enum PublishedField {
    NAME,
    PURPOSE,
    COUNTRIES,
    SINCE,
    WEBSITE,
    TRANSFERS;

    /** The fields as stored: names separated by commas. Unknown names are ignored; the name is always in. */
    static Set<PublishedField> parse(String stored) {
        Set<PublishedField> fields = EnumSet.of(NAME);
        Arrays.stream(stored == null ? new String[0] : stored.split(","))
                .map(String::trim)
                .filter(name -> Arrays.stream(values()).anyMatch(f -> f.name().equals(name)))
                .map(PublishedField::valueOf)
                .forEach(fields::add);
        return fields;
    }

    static String format(Set<PublishedField> fields) {
        EnumSet<PublishedField> all = EnumSet.of(NAME);
        all.addAll(fields);
        return all.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The key of the field in the JSON document and the texts ("name", "purpose", ...). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
