package org.dpatracker.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ObjectionDeadlineTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);

    @Test
    void theAgreementsPeriodRunsFromReceipt() {
        assertThat(ObjectionDeadline.of(RECEIVED, 14, null)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aShorterPeriodInTheNoticeGoverns() {
        assertThat(ObjectionDeadline.of(RECEIVED, 30, 5)).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aLongerPeriodInTheNoticeDoesNotExtendTheAgreements() {
        assertThat(ObjectionDeadline.of(RECEIVED, 14, 30)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void theNoticesPeriodAppliesWhenTheAgreementHasNone() {
        assertThat(ObjectionDeadline.of(RECEIVED, null, 10)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void withoutAnyPeriodThereIsNoDeadline() {
        assertThat(ObjectionDeadline.of(RECEIVED, null, null)).isNull();
        assertThat(ObjectionDeadline.passed(null, RECEIVED.plusYears(1))).isFalse();
    }

    @Test
    void weekendsAreNotSpecial() {
        // Received on Friday 2026-11-20, two days: the deadline is Sunday.
        assertThat(ObjectionDeadline.of(RECEIVED, 2, null)).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void theLastDayIsStillOpenAndTheNextIsNot() {
        LocalDate deadline = ObjectionDeadline.of(RECEIVED, 14, null);
        assertThat(ObjectionDeadline.passed(deadline, deadline)).isFalse();
        assertThat(ObjectionDeadline.daysLeft(deadline, deadline)).isZero();
        assertThat(ObjectionDeadline.passed(deadline, deadline.plusDays(1))).isTrue();
        assertThat(ObjectionDeadline.daysLeft(deadline, deadline.plusDays(1))).isEqualTo(-1);
        assertThat(ObjectionDeadline.daysLeft(deadline, RECEIVED)).isEqualTo(14);
    }

    @Test
    void periodsCrossMonthAndYearEnds() {
        assertThat(ObjectionDeadline.of(LocalDate.of(2026, 12, 20), 14, null)).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(ObjectionDeadline.of(LocalDate.of(2028, 2, 15), 14, null)).isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
