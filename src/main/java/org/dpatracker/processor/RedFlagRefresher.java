package org.dpatracker.processor;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpatracker.redflag.AgreementFacts;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.redflag.RedFlagChecker;
import org.dpatracker.redflag.RedFlagType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps each agreement's stored red flags current, so that lists can show and filter them: after
 * every change to the agreement or its parties, and daily for the rules that depend on the date.
 */
@Component
public class RedFlagRefresher {

    /** Agreements read and stored at a time: one IN list of every id grows quadratically on H2. */
    private static final int BATCH = 500;

    private final AgreementFactsQuery facts;
    private final RedFlagChecker checker;
    private final RedFlagRepository stored;
    private final ApplicationEventPublisher events;

    RedFlagRefresher(
            AgreementFactsQuery facts,
            RedFlagChecker checker,
            RedFlagRepository stored,
            ApplicationEventPublisher events) {
        this.facts = facts;
        this.checker = checker;
        this.stored = stored;
        this.events = events;
    }

    /** The flags of one agreement, computed now. */
    public List<RedFlag> flagsOf(long agreementId) {
        AgreementFacts agreement = facts.factsFor(List.of(agreementId)).get(agreementId);
        return agreement == null ? List.of() : checker.check(agreement);
    }

    /**
     * The flags a proposed party would raise if it joined the agreement: the assessment shown before
     * anyone decides on a subprocessor change.
     */
    public List<RedFlag> flagsIfAdded(long agreementId, AgreementFacts.Party proposed) {
        AgreementFacts agreement = facts.factsFor(List.of(agreementId)).get(agreementId);
        if (agreement == null) {
            return List.of();
        }
        List<AgreementFacts.Party> parties = new java.util.ArrayList<>(agreement.parties());
        parties.add(proposed);
        AgreementFacts withProposal = new AgreementFacts(null, false, null, parties, agreement.adequacy());
        return checker.check(withProposal).stream()
                .filter(flag -> flag.subject().equals(proposed.name()))
                .toList();
    }

    /**
     * Computes the agreements' flags now and stores them, a batch at a time; announces each agreement whose
     * kinds of flag changed ({@link RedFlagsChanged}).
     */
    public void refresh(Collection<Long> agreementIds) {
        List<Long> ids = List.copyOf(agreementIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<Long, Set<RedFlagType>> before = stored.storedTypes(slice);
            Map<Long, List<RedFlag>> batch = new LinkedHashMap<>();
            facts.factsFor(slice).forEach((id, agreement) -> batch.put(id, checker.check(agreement)));
            stored.store(batch);
            batch.forEach((id, flags) -> RedFlagsChanged.between(id, before.getOrDefault(id, Set.of()), typesOf(flags))
                    .ifPresent(events::publishEvent));
        }
    }

    private static Set<RedFlagType> typesOf(List<RedFlag> flags) {
        Set<RedFlagType> types = EnumSet.noneOf(RedFlagType.class);
        flags.forEach(flag -> types.add(flag.type()));
        return types;
    }

    public void refreshInvolving(long organisationId) {
        refresh(facts.agreementIdsInvolving(organisationId));
    }

    public void refreshAll() {
        refresh(facts.allAgreementIds());
    }

    /** Whether the stored flags lack the per-party rows (a database from before they were kept). */
    public boolean needsFullRefresh() {
        return stored.rowsMissing();
    }
}
