package org.dpatracker.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpatracker.publication.CandidateQuery.SourceParty;
import org.springframework.stereotype.Component;

/** Reads what the list is made of: the candidates from the register, the choices and the last version. */
@Component
class ListSources {

    private final CandidateQuery candidates;
    private final PublicationRepository repository;

    ListSources(CandidateQuery candidates, PublicationRepository repository) {
        this.candidates = candidates;
        this.repository = repository;
    }

    /** Every candidate with all its fields, by name. */
    List<ListEntry> candidates() {
        List<SourceParty> parties = candidates.parties();
        List<Long> agreements =
                parties.stream().map(SourceParty::agreementId).distinct().toList();
        return Candidates.of(parties, candidates.locations(agreements)).stream()
                .sorted(java.util.Comparator.comparing(ListEntry::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    ListSettings settings() {
        return repository.settings();
    }

    Optional<ListVersion> latest() {
        return repository.latest();
    }

    /** The list as it would be published with changes taking effect on that day, and what it changes. */
    Draft draft(LocalDate effectiveOn) {
        Optional<ListVersion> last = latest();
        List<ListEntry> entries = DraftList.compose(candidates(), settings(), last, effectiveOn);
        List<ListEntry> published = last.map(ListVersion::entries).orElse(List.of());
        boolean fieldsChanged =
                last.isPresent() && !last.get().fields().equals(settings().fields());
        return new Draft(entries, ListDiff.between(published, entries), last, fieldsChanged);
    }

    String publisher() {
        return String.join(", ", candidates.publishers());
    }
}
