package org.dpatracker.redflag;

import java.util.List;

/**
 * Art. 28(3) and 28(9) GDPR: processing by a processor is governed by a contract in writing. A
 * processor in use (any status but terminated) without a signed agreement is the commonest violation.
 */
class NoSignedAgreementRule implements RedFlagRule {

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        if (facts.signedOrEnded() || facts.parties().isEmpty()) {
            return List.of();
        }
        return List.of(RedFlag.of(
                RedFlagType.NO_SIGNED_AGREEMENT, facts.parties().getFirst().name()));
    }
}
