package org.dpatracker.processor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.dpatracker.redflag.AgreementFacts;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.redflag.RedFlagChecker;
import org.dpatracker.redflag.RedFlagType;
import org.springframework.stereotype.Component;

/**
 * Keeps each agreement's stored red flags current, so that lists can show and filter them: after
 * every change to the agreement or its parties, and daily for the rules that depend on the date.
 */
@Component
public class RedFlagRefresher {

    private static final int BATCH = 500;

    private final AgreementFactsQuery facts;
    private final RedFlagChecker checker;

    RedFlagRefresher(AgreementFactsQuery facts, RedFlagChecker checker) {
        this.facts = facts;
        this.checker = checker;
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

    public void refresh(Collection<Long> agreementIds) {
        inBatches(agreementIds, (id, flags) -> {
            TreeSet<String> types = new TreeSet<>(
                    flags.stream().map(RedFlag::type).map(RedFlagType::name).toList());
            facts.storeFlags(id, types.isEmpty() ? null : String.join(",", types), flags.size());
        });
    }

    /** Every agreement's flags computed now, by agreement id, read in batches. */
    public Map<Long, List<RedFlag>> flagsOfAll() {
        Map<Long, List<RedFlag>> all = new LinkedHashMap<>();
        inBatches(facts.allAgreementIds(), all::put);
        return all;
    }

    /** Reads the facts a batch at a time: one IN list of every id grows quadratically on H2. */
    private void inBatches(Collection<Long> agreementIds, BiConsumer<Long, List<RedFlag>> action) {
        List<Long> ids = List.copyOf(agreementIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            facts.factsFor(ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .forEach((id, agreement) -> action.accept(id, checker.check(agreement)));
        }
    }

    public void refreshInvolving(long organisationId) {
        refresh(facts.agreementIdsInvolving(organisationId));
    }

    public void refreshAll() {
        refresh(facts.allAgreementIds());
    }
}
