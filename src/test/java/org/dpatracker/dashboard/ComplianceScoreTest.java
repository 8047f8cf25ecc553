package org.dpatracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpatracker.dashboard.ComplianceScore.Facts;
import org.dpatracker.dashboard.ComplianceScore.Step;
import org.dpatracker.redflag.RedFlagType;
import org.junit.jupiter.api.Test;

/** The score's weights: 100 for a complete agreement, each gap costing what the Javadoc and README say. */
class ComplianceScoreTest {

    private static final Facts COMPLETE = new Facts(true, 12, 12, 0, 40, 40, 0, 0, 0, 0, 0, false);

    @Test
    void aSignedCompleteReviewedAgreementScoresFull() {
        assertThat(ComplianceScore.of(COMPLETE)).isEqualTo(100);
        assertThat(ComplianceScore.nextStep(COMPLETE)).isEqualTo(Step.NONE);
    }

    @Test
    void aMissingSignatureCostsTwentyFive() {
        Facts unsigned = new Facts(false, 12, 12, 0, 40, 40, 0, 0, 0, 0, 0, false);
        assertThat(ComplianceScore.of(unsigned)).isEqualTo(75);
        assertThat(ComplianceScore.nextStep(unsigned)).isEqualTo(Step.SIGN);
    }

    @Test
    void missingContractPointsCostTheirShareOfTwentyAndAPartialOneCountsHalf() {
        // 6 of 12 present, 0 partial: half of 20 missing.
        assertThat(ComplianceScore.of(new Facts(true, 12, 6, 0, 40, 40, 0, 0, 0, 0, 0, false)))
                .isEqualTo(90);
        // 6 present, 6 partial: a quarter of 20 missing.
        assertThat(ComplianceScore.of(new Facts(true, 12, 6, 6, 40, 40, 0, 0, 0, 0, 0, false)))
                .isEqualTo(95);
    }

    @Test
    void measuresCostTheirShareOfFifteenAndAllOfItWhenNoneIsRecorded() {
        assertThat(ComplianceScore.of(new Facts(true, 12, 12, 0, 10, 5, 0, 0, 0, 0, 0, false)))
                .isEqualTo(93);
        Facts none = new Facts(true, 12, 12, 0, 0, 0, 0, 0, 0, 0, 0, false);
        assertThat(ComplianceScore.of(none)).isEqualTo(85);
        assertThat(ComplianceScore.nextStep(none)).isEqualTo(Step.MEASURES);
    }

    @Test
    void redFlagsWeighByTheirSeverityUpToTwenty() {
        assertThat(ComplianceScore.of(new Facts(true, 12, 12, 0, 40, 40, 0, 1, 1, 1, 0, false)))
                .isEqualTo(100 - 10 - 5 - 2);
        assertThat(ComplianceScore.of(new Facts(true, 12, 12, 0, 40, 40, 0, 5, 0, 0, 0, false)))
                .isEqualTo(80);
    }

    @Test
    void overdueDeadlinesCostFiveEachUpToTenAndAStaleReviewTen() {
        assertThat(ComplianceScore.of(new Facts(true, 12, 12, 0, 40, 40, 0, 0, 0, 0, 1, false)))
                .isEqualTo(95);
        assertThat(ComplianceScore.of(new Facts(true, 12, 12, 0, 40, 40, 0, 0, 0, 0, 7, false)))
                .isEqualTo(90);
        Facts stale = new Facts(true, 12, 12, 0, 40, 40, 0, 0, 0, 0, 0, true);
        assertThat(ComplianceScore.of(stale)).isEqualTo(90);
        assertThat(ComplianceScore.nextStep(stale)).isEqualTo(Step.REVIEW);
    }

    @Test
    void everythingMissingScoresZero() {
        assertThat(ComplianceScore.of(new Facts(false, 12, 0, 0, 0, 0, 0, 9, 9, 9, 9, true)))
                .isZero();
    }

    @Test
    void flagsThatTheScoreCountsElsewhereWeighNothingAsFlags() {
        assertThat(FlagSeverity.of(RedFlagType.NO_SIGNED_AGREEMENT)).isEqualTo(FlagSeverity.NONE);
        assertThat(FlagSeverity.of(RedFlagType.REVIEW_OVERDUE)).isEqualTo(FlagSeverity.NONE);
        assertThat(FlagSeverity.of(RedFlagType.US_WITHOUT_DPF)).isEqualTo(FlagSeverity.HIGH);
        assertThat(FlagSeverity.of(RedFlagType.SCC_WITHOUT_TIA)).isEqualTo(FlagSeverity.MEDIUM);
        assertThat(FlagSeverity.of(RedFlagType.CERTIFICATION_UNVERIFIED)).isEqualTo(FlagSeverity.LOW);
    }
}
