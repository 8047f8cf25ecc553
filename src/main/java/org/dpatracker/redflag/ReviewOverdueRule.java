package org.dpatracker.redflag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Art. 24(1) and 28(1) GDPR: measures are reviewed and updated; the agreed review date has passed. */
class ReviewOverdueRule implements RedFlagRule {

    private final Clock clock;

    ReviewOverdueRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        if (facts.nextReview() == null
                || !facts.nextReview().isBefore(LocalDate.now(clock))
                || facts.parties().isEmpty()) {
            return List.of();
        }
        return List.of(RedFlag.of(
                RedFlagType.REVIEW_OVERDUE,
                facts.parties().getFirst().name(),
                facts.nextReview().toString()));
    }
}
