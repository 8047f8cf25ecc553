package org.dpatracker.redflag;

import java.util.List;

/** Art. 28(3) GDPR: the contract must stipulate every point in full; one recorded as only partly stipulated is a gap. */
class PartialContractPointRule implements RedFlagRule {

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        if (facts.parties().isEmpty()) {
            return List.of();
        }
        String processor = facts.parties().getFirst().name();
        return facts.partialContractPoints().stream()
                .map(point -> RedFlag.of(RedFlagType.CONTRACT_POINT_PARTIAL, processor, point.citation(),
                        RedFlag.TRANSLATE + "contract.point." + point.code()))
                .toList();
    }
}
