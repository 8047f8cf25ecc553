package org.dpatracker.publication;

import java.util.Map;
import java.util.Set;

/**
 * What the DPO chose: the fields to publish, the sub-processors (by organisation) kept off the list, and the
 * contractual notice period towards our customers before a new sub-processor takes effect.
 */
public record ListSettings(Set<PublishedField> fields, Set<Long> excluded, int noticePeriodDays, int version) {

    /** The longest notice period accepted, in days. */
    public static final int MAX_NOTICE_DAYS = 365;

    public ListSettings {
        fields = Set.copyOf(fields);
        excluded = Set.copyOf(excluded);
    }

    Map<String, Object> historyState() {
        return Map.of(
                "fields",
                PublishedField.format(fields),
                "excluded",
                excluded.stream().sorted().toList(),
                "noticePeriodDays",
                noticePeriodDays,
                "version",
                version);
    }
}
