package org.dpatracker.redflag;

import java.util.List;

/** Art. 28(10) GDPR: a processor that uses the data for its own purposes becomes a controller for them. */
class OwnPurposesRule implements RedFlagRule {

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        if (!facts.ownPurposeUse() || facts.parties().isEmpty()) {
            return List.of();
        }
        String clause = facts.ownPurposeClause() == null ? "" : facts.ownPurposeClause();
        return List.of(
                RedFlag.of(RedFlagType.OWN_PURPOSES, facts.parties().getFirst().name(), clause));
    }
}
