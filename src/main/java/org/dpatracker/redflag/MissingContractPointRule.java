package org.dpatracker.redflag;

import java.util.List;
import java.util.function.Function;
import org.dpatracker.redflag.AgreementFacts.MissingPoint;

/**
 * Art. 28(3) GDPR: the contract must stipulate every point of the article in full. The checklist
 * records a point as missing or as only partly stipulated; either is a flag of its own type. The details
 * are the English citation, the point's name and the German citation, which the German message names.
 */
class MissingContractPointRule implements RedFlagRule {

    private final RedFlagType type;
    private final Function<AgreementFacts, List<MissingPoint>> points;

    private MissingContractPointRule(RedFlagType type, Function<AgreementFacts, List<MissingPoint>> points) {
        this.type = type;
        this.points = points;
    }

    static MissingContractPointRule missing() {
        return new MissingContractPointRule(RedFlagType.CONTRACT_POINT_MISSING, AgreementFacts::missingContractPoints);
    }

    static MissingContractPointRule partial() {
        return new MissingContractPointRule(RedFlagType.CONTRACT_POINT_PARTIAL, AgreementFacts::partialContractPoints);
    }

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        if (facts.parties().isEmpty()) {
            return List.of();
        }
        String processor = facts.parties().getFirst().name();
        return points.apply(facts).stream()
                .map(point -> RedFlag.of(
                        type,
                        processor,
                        point.citation(),
                        RedFlag.TRANSLATE + "contract.point." + point.code(),
                        point.germanCitation()))
                .toList();
    }
}
