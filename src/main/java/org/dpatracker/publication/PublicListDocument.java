package org.dpatracker.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list as JSON (schema in the README): publisher, version, published (instant), effective (date),
 * summary, fields, and the sub-processors with exactly the fields of the version, in that order.
 */
final class PublicListDocument {

    static final int SCHEMA_VERSION = 1;

    private PublicListDocument() {}

    static Map<String, Object> of(ListVersion version, String publisher) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schemaVersion", SCHEMA_VERSION);
        document.put("publisher", publisher);
        document.put("version", version.number());
        document.put("published", version.publishedAt().toString());
        document.put("effective", version.effectiveOn().toString());
        document.put("summary", version.summary());
        List<PublishedField> fields = version.fields().stream().sorted().toList();
        document.put("fields", fields.stream().map(PublishedField::key).toList());
        document.put(
                "subprocessors",
                version.entries().stream().map(entry -> entry(entry, fields)).toList());
        return document;
    }

    private static Map<String, Object> entry(ListEntry entry, List<PublishedField> fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (PublishedField field : fields) {
            json.put(
                    field.key(),
                    switch (field) {
                        case NAME -> entry.name();
                        case PURPOSE -> entry.purpose();
                        case COUNTRIES -> entry.countries();
                        case SINCE ->
                            entry.since() == null ? null : entry.since().toString();
                        case WEBSITE -> entry.website();
                        case TRANSFERS -> entry.transfers();
                    });
        }
        return json;
    }
}
