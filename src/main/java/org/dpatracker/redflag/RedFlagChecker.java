package org.dpatracker.redflag;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Runs every red-flag rule over an agreement. */
@Component
public class RedFlagChecker {

    private final List<RedFlagRule> rules;

    public RedFlagChecker(Clock clock) {
        this.rules = List.of(
                new InvalidatedFrameworkRule(),
                new OldStandardClausesRule(),
                new UsWithoutDpfRule(clock),
                new NoTransferMechanismRule(),
                new AdequacyWithoutDecisionRule(),
                new OwnPurposesRule(),
                new ExpiredCertificationRule(clock),
                new ReviewOverdueRule(clock),
                new MissingMeasuresRule(),
                new MissingContractPointRule());
    }

    public List<RedFlag> check(AgreementFacts facts) {
        return rules.stream().flatMap(rule -> rule.check(facts).stream()).toList();
    }
}
