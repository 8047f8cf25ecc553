package org.dpatracker.redflag;

import java.util.List;

/** Art. 28(1), 32 GDPR: a party of the chain lacks measures its TOM checklist records as missing. */
class MissingMeasuresRule implements RedFlagRule {

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        return facts.parties().stream()
                .filter(party -> party.missingMeasures() > 0)
                .map(party ->
                        RedFlag.of(RedFlagType.MEASURES_MISSING, party.name(), String.valueOf(party.missingMeasures())))
                .toList();
    }
}
