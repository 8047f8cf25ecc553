package org.dpatracker.redflag;

import java.util.List;

/** Art. 28(3) GDPR: the contract was checked and lacks a point the article requires. */
class MissingContractPointRule implements RedFlagRule {

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        if (facts.parties().isEmpty()) {
            return List.of();
        }
        String processor = facts.parties().getFirst().name();
        return facts.missingContractPoints().stream()
                .map(point -> RedFlag.of(RedFlagType.CONTRACT_POINT_MISSING, processor, point.citation(),
                        RedFlag.TRANSLATE + "contract.point." + point.code()))
                .toList();
    }
}
