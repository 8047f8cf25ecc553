package org.dpatracker.publication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The list as it would be published now: the candidates the DPO did not exclude, with only the chosen fields,
 * by name. "Since" stays what the last version said; a sub-processor new to the list is there since the day the
 * change takes effect; on the first version it is the date from the register (agreement signed or sub-processor
 * added), or the first version's effective date where the register has none.
 */
final class DraftList {

    private DraftList() {}

    static List<ListEntry> compose(
            List<ListEntry> candidates, ListSettings settings, Optional<ListVersion> previous, LocalDate effectiveOn) {
        Map<Long, ListEntry> before = previous.map(ListVersion::entries).orElse(List.of()).stream()
                .collect(Collectors.toMap(ListEntry::organisationId, Function.identity(), (a, b) -> a));
        return candidates.stream()
                .filter(candidate -> !settings.excluded().contains(candidate.organisationId()))
                .map(candidate -> candidate.since(
                        since(candidate, before.get(candidate.organisationId()), previous, effectiveOn)))
                .map(entry -> entry.only(settings.fields()))
                .sorted(Comparator.comparing(ListEntry::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static LocalDate since(
            ListEntry candidate, ListEntry published, Optional<ListVersion> previous, LocalDate effectiveOn) {
        if (published != null && published.since() != null) {
            return published.since();
        }
        if (previous.isEmpty() || published != null) {
            return candidate.since() != null ? candidate.since() : effectiveOn;
        }
        return effectiveOn;
    }
}
