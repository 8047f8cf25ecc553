package org.dpatracker.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dpatracker.publication.CandidateQuery.SourceLocation;
import org.dpatracker.publication.CandidateQuery.SourceParty;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.TransferMechanism;

/**
 * One entry per organisation, however many agreements and records it serves: the purposes joined, the countries
 * of all its locations, the earliest date, and the valid transfer mechanisms of its locations outside the EEA
 * (an invalid or missing one is a red flag for the register, not something to publish).
 */
final class Candidates {

    private Candidates() {}

    static List<ListEntry> of(List<SourceParty> parties, List<SourceLocation> locations) {
        Map<Long, Merged> byOrganisation = new LinkedHashMap<>();
        for (SourceParty party : parties) {
            Merged merged = byOrganisation.computeIfAbsent(party.organisationId(), id -> new Merged(party));
            merged.purposes.add(party.purpose().trim());
            merged.since = earliest(merged.since, party.since());
            locations.stream()
                    .filter(l -> l.agreementId() == party.agreementId()
                            && Objects.equals(l.subprocessorId(), party.subprocessorId()))
                    .forEach(merged::add);
        }
        return byOrganisation.values().stream().map(Merged::entry).toList();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static final class Merged {
        private final SourceParty first;
        private final Set<String> purposes = new LinkedHashSet<>();
        private final Set<String> countries = new java.util.TreeSet<>();
        private final Set<String> transfers = new java.util.TreeSet<>();
        private LocalDate since;

        Merged(SourceParty first) {
            this.first = first;
        }

        void add(SourceLocation location) {
            countries.add(location.country());
            TransferMechanism mechanism = location.mechanism();
            if (!Countries.isInEea(location.country()) && mechanism != null && mechanism.isValid()) {
                transfers.add(mechanism.name());
            }
        }

        ListEntry entry() {
            return new ListEntry(
                    first.organisationId(),
                    first.name(),
                    String.join("; ", purposes),
                    new ArrayList<>(countries),
                    since,
                    first.website(),
                    new ArrayList<>(transfers));
        }
    }
}
