package org.dpatracker.redflag;

import java.util.ArrayList;
import java.util.List;

/**
 * Art. 33(2) GDPR: the processor notifies the controller of every personal data breach without
 * undue delay; whether it must go to the authority is the controller's assessment (EDPB Guidelines
 * 9/2022). A clause that informs only when the processor deems Art. 33/34 met, or that allows 72
 * hours or more (the controller's whole time under Art. 33(1)), is a gap in the contract.
 */
class BreachNoticeGapRule implements RedFlagRule {

    static final int CONTROLLERS_HOURS = 72;

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        AgreementFacts.BreachNotice notice = facts.breachNotice();
        if (notice == null || facts.parties().isEmpty()) {
            return List.of();
        }
        String processor = facts.parties().getFirst().name();
        List<RedFlag> flags = new ArrayList<>();
        if (notice.onlyWhenNotifiable()) {
            flags.add(
                    RedFlag.of(RedFlagType.BREACH_NOTICE_GAP, processor, RedFlag.TRANSLATE + "breach.gap.conditional"));
        }
        if (notice.hours() != null && notice.hours() >= CONTROLLERS_HOURS) {
            flags.add(RedFlag.of(RedFlagType.BREACH_NOTICE_GAP, processor, RedFlag.TRANSLATE + "breach.gap.too-late"));
        }
        return flags;
    }
}
