package org.dpatracker.vendorlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Subprocessor;

/**
 * The vendor's list against the agreement's sub-processors (Art. 28(2) GDPR: the controller is told of
 * every intended addition or replacement). Names are matched with {@link OrganisationNames}; a name listed
 * twice (one entity, several purposes) counts once with all its countries. Locations are compared as sets
 * of countries, and only where the list names a recognised country for the entry: a list without a
 * location column changes no location.
 */
final class ListComparison {

    private ListComparison() {}

    static List<Difference> of(
            List<VendorListEntry> entries,
            List<Subprocessor> current,
            Map<Long, Organisation> organisationsOf,
            Collection<Organisation> recorded,
            Set<Long> pendingOrganisations) {
        List<Organisation> engaged = current.stream()
                .map(s -> organisationsOf.get(s.organisationId()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        // One group per engaged organisation the list names, and per other name.
        Map<String, Merged> listed = new LinkedHashMap<>();
        for (VendorListEntry entry : entries) {
            Long engagedId = OrganisationNames.find(entry.name(), engaged)
                    .map(Organisation::id)
                    .orElse(null);
            String group = engagedId != null ? "id:" + engagedId : "name:" + OrganisationNames.key(entry.name());
            listed.computeIfAbsent(group, key -> new Merged(entry, engagedId)).add(entry);
        }
        List<Difference> differences = new ArrayList<>();
        Set<Long> named = new HashSet<>();
        for (Merged merged : listed.values()) {
            if (merged.engagedId == null) {
                Long organisationId = OrganisationNames.find(merged.first.name(), recorded)
                        .map(Organisation::id)
                        .orElse(null);
                differences.add(merged.difference(
                        Difference.Kind.ADDED,
                        Set.of(),
                        organisationId,
                        null,
                        organisationId != null && pendingOrganisations.contains(organisationId)));
                continue;
            }
            named.add(merged.engagedId);
            List<Subprocessor> same = current.stream()
                    .filter(s -> s.organisationId() == merged.engagedId)
                    .toList();
            Set<String> before = countriesOf(same);
            boolean moved = !merged.countries.isEmpty() && !merged.countries.equals(before);
            differences.add(merged.difference(
                    moved ? Difference.Kind.LOCATION_CHANGED : Difference.Kind.UNCHANGED,
                    before,
                    merged.engagedId,
                    same.getFirst().id(),
                    false));
        }
        for (Subprocessor s : current) {
            if (!named.contains(s.organisationId())) {
                differences.add(new Difference(
                        Difference.Kind.REMOVED,
                        organisationsOf.get(s.organisationId()).name(),
                        s.service(),
                        countriesOf(List.of(s)),
                        Set.of(),
                        0,
                        s.organisationId(),
                        s.id(),
                        false));
            }
        }
        differences.sort(Comparator.comparing(Difference::kind));
        return differences;
    }

    private static Set<String> countriesOf(List<Subprocessor> subprocessors) {
        Set<String> countries = new LinkedHashSet<>();
        subprocessors.forEach(s -> s.locations().stream()
                .map(ProcessingLocation::country)
                .filter(Objects::nonNull)
                .forEach(countries::add));
        return countries;
    }

    /** The entries of one organisation or name, with their purposes and countries together. */
    private static final class Merged {
        private final VendorListEntry first;
        private final Long engagedId;
        private final Set<String> purposes = new LinkedHashSet<>();
        private final Set<String> countries = new LinkedHashSet<>();

        Merged(VendorListEntry first, Long engagedId) {
            this.first = first;
            this.engagedId = engagedId;
        }

        void add(VendorListEntry entry) {
            if (!entry.purpose().isBlank()) {
                purposes.add(entry.purpose());
            }
            countries.addAll(entry.countries());
        }

        Difference difference(
                Difference.Kind kind, Set<String> before, Long organisationId, Long subprocessorId, boolean pending) {
            return new Difference(
                    kind,
                    first.name(),
                    String.join("; ", purposes),
                    before,
                    countries,
                    first.line(),
                    organisationId,
                    subprocessorId,
                    pending);
        }
    }
}
