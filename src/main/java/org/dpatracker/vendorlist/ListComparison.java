package org.dpatracker.vendorlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
        Map<String, Merged> listed = new LinkedHashMap<>();
        for (VendorListEntry entry : entries) {
            listed.computeIfAbsent(OrganisationNames.key(entry.name()), key -> new Merged(entry))
                    .add(entry);
        }
        Map<String, List<Subprocessor>> engaged = new LinkedHashMap<>();
        for (Subprocessor s : current) {
            Organisation organisation = organisationsOf.get(s.organisationId());
            String key = organisation == null ? "" : keyOf(organisation, listed.keySet());
            engaged.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<Difference> differences = new ArrayList<>();
        listed.forEach((key, merged) -> {
            List<Subprocessor> same = engaged.get(key);
            if (same == null) {
                Long organisationId = OrganisationNames.find(merged.first.name(), recorded)
                        .map(Organisation::id)
                        .orElse(null);
                differences.add(merged.difference(
                        Difference.Kind.ADDED,
                        Set.of(),
                        organisationId,
                        null,
                        organisationId != null && pendingOrganisations.contains(organisationId)));
                return;
            }
            Set<String> before = countriesOf(same);
            boolean moved = !merged.countries.isEmpty() && !merged.countries.equals(before);
            differences.add(merged.difference(
                    moved ? Difference.Kind.LOCATION_CHANGED : Difference.Kind.UNCHANGED,
                    before,
                    same.getFirst().organisationId(),
                    same.getFirst().id(),
                    false));
        });
        engaged.forEach((key, gone) -> {
            if (!listed.containsKey(key)) {
                for (Subprocessor s : gone) {
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
        });
        differences.sort(Comparator.comparing(Difference::kind));
        return differences;
    }

    /** The key under which the list names the organisation: its name alone or with its legal form. */
    private static String keyOf(Organisation organisation, Set<String> listed) {
        String withForm = OrganisationNames.key(organisation.nameWithLegalForm());
        return listed.contains(withForm) ? withForm : OrganisationNames.key(organisation.name());
    }

    private static Set<String> countriesOf(List<Subprocessor> subprocessors) {
        Set<String> countries = new LinkedHashSet<>();
        subprocessors.forEach(s -> s.locations().stream()
                .map(ProcessingLocation::country)
                .filter(Objects::nonNull)
                .forEach(countries::add));
        return countries;
    }

    /** The entries of one name, with their purposes and countries together. */
    private static final class Merged {
        private final VendorListEntry first;
        private final Set<String> purposes = new LinkedHashSet<>();
        private final Set<String> countries = new LinkedHashSet<>();

        Merged(VendorListEntry first) {
            this.first = first;
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
