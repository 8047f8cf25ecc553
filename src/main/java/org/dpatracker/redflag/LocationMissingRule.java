package org.dpatracker.redflag;

import java.util.List;

/**
 * Art. 28(3)(a), 30(1)(e) and 44 GDPR: where a processor or subprocessor processes the data decides
 * whether it leaves the EEA; a party without any location recorded slips past every transfer rule.
 */
class LocationMissingRule implements RedFlagRule {

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        return facts.parties().stream()
                .filter(party -> party.locations().isEmpty())
                .map(party -> RedFlag.of(RedFlagType.LOCATION_MISSING, party.name()))
                .distinct()
                .toList();
    }
}
