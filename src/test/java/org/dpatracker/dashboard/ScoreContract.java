package org.dpatracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The database ranks by the same score the rule computes, and the daily snapshot keeps one row a day; run on H2
 * and PostgreSQL by the subclasses.
 */
abstract class ScoreContract {

    @Autowired
    ScoreQuery scores;

    @Autowired
    DashboardService dashboard;

    @Autowired
    SnapshotJob job;

    @Autowired
    SnapshotRepository snapshots;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Test
    void theDatabaseComputesTheRulesScoreAndRanksTheLowestFirst() {
        List<ScoredAgreement> all = scores.worst(dashboard.today(), 100_000);
        assertThat(all).isNotEmpty();
        assertThat(all).allSatisfy(a -> assertThat(a.score()).isEqualTo(ComplianceScore.of(a.facts())));
        assertThat(all).extracting(ScoredAgreement::score).isSorted();
        int mean = (int) all.stream().mapToInt(ScoredAgreement::score).average().orElseThrow();
        assertThat(scores.overall(dashboard.today()).orElseThrow().score()).isEqualTo(mean);
    }

    @Test
    void aDraftWithoutChecksMeasuresOrReviewLosesThoseParts() {
        Agreement draft = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)
                .status(AgreementStatus.DRAFT)
                .nextReview(null)::save);
        ScoredAgreement scored = scores.worst(dashboard.today(), 100_000).stream()
                .filter(a -> a.id() == draft.id())
                .findFirst()
                .orElseThrow();
        assertThat(scored.facts().signed()).isFalse();
        assertThat(scored.facts().contractPresent()).isZero();
        assertThat(scored.facts().measuresApplicable()).isZero();
        assertThat(scored.facts().reviewStale()).isTrue();
        // 25 unsigned + 20 contract + 15 measures + 10 review, and whatever its transfer flags cost.
        assertThat(scored.score()).isLessThanOrEqualTo(30);
        assertThat(scored.nextStep()).isEqualTo(ComplianceScore.Step.SIGN);
    }

    @Test
    void twoSnapshotsTheSameDayLeaveOneRowWithTheDaysFigures() {
        LocalDate today = dashboard.today();
        assertThat(job.run()).isTrue();
        assertThat(job.run()).isTrue();
        assertThat(snapshots.countOn(today)).isEqualTo(1);
        Snapshot stored = snapshots.since(today).getFirst();
        Overview overview = SystemAccess.call(dashboard::overview);
        assertThat(stored.score()).isEqualTo(overview.score());
        assertThat(stored.agreements()).isEqualTo(overview.inForce());
        assertThat(overview.trend()).extracting(Snapshot::day).containsOnlyOnce(today);
    }
}
