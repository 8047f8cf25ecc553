package org.dpatracker.redflag;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Runs the red-flag rules over an agreement: the Chapter V transfer rules and the review date for
 * every recipient, the Art. 28 rules (contract, guarantees, measures, locations) for processors,
 * and the Art. 26 rule for joint controllers.
 */
@Component
public class RedFlagChecker {

    private final List<RedFlagRule> everyRecipient;
    private final List<RedFlagRule> processors;
    private final List<RedFlagRule> jointControllers;

    public RedFlagChecker(Clock clock) {
        this.everyRecipient = List.of(
                new InvalidatedFrameworkRule(),
                new OldStandardClausesRule(),
                new UsWithoutDpfRule(clock),
                new DpfOutsideUsRule(),
                new NoTransferMechanismRule(clock),
                new AdequacyWithoutDecisionRule(clock),
                new AdequacyScopeRule(clock),
                new SccWithoutAssessmentRule(),
                new SccModuleRule(),
                new ReviewOverdueRule(clock));
        this.processors = List.of(
                new NoSignedAgreementRule(),
                new LocationMissingRule(),
                new RegularDerogationRule(),
                new OwnPurposesRule(),
                new BreachNoticeGapRule(),
                new ExpiredCertificationRule(clock),
                new UnverifiedCertificationRule(),
                new SupersededStandardRule(clock),
                new MissingMeasuresRule(),
                MissingContractPointRule.missing(),
                MissingContractPointRule.partial());
        this.jointControllers = List.of(new JointArrangementRule());
    }

    public List<RedFlag> check(AgreementFacts facts) {
        List<RedFlagRule> specific = switch (facts.recipient()) {
            case PROCESSOR -> processors;
            case JOINT_CONTROLLER -> jointControllers;
            case OTHER -> List.of();
        };
        return Stream.concat(everyRecipient.stream(), specific.stream())
                .flatMap(rule -> rule.check(facts).stream())
                .toList();
    }
}
