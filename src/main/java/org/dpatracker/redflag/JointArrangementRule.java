package org.dpatracker.redflag;

import java.util.List;

/**
 * Art. 26 GDPR: joint controllers determine their respective responsibilities in an arrangement
 * (26(1)), which names a contact point for data subjects where useful and whose essence is made
 * available to them (26(2)); CJEU C-40/17 Fashion ID for website plug-ins.
 */
class JointArrangementRule implements RedFlagRule {

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        if (facts.parties().isEmpty()) {
            return List.of();
        }
        String partner = facts.parties().getFirst().name();
        if (!facts.signedOrEnded()) {
            return List.of(RedFlag.of(RedFlagType.JOINT_CONTROL_WITHOUT_ARRANGEMENT, partner));
        }
        return facts.arrangementGaps().stream()
                .map(gap -> RedFlag.of(
                        RedFlagType.JOINT_ARRANGEMENT_INCOMPLETE, partner, RedFlag.TRANSLATE + "joint.gap." + gap))
                .toList();
    }
}
