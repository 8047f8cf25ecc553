package org.dpatracker.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A published version of the list: its number, when it was published, from when it applies, which fields it
 * shows, the summary of changes and its entries. Never changed once published.
 */
public record ListVersion(
        int number,
        Instant publishedAt,
        LocalDate effectiveOn,
        Set<PublishedField> fields,
        String summary,
        List<ListEntry> entries) {

    public ListVersion {
        fields = Set.copyOf(fields);
        entries = List.copyOf(entries);
    }
}
