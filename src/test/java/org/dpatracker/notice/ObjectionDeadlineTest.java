package org.dpatracker.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dpatracker.holiday.WorkingDays;
import org.dpatracker.notice.ObjectionDeadline.Window;
import org.junit.jupiter.api.Test;

/**
 * The objection deadline: the contract's period governs, § 193 BGB at the controller's seat, the sending date decides.
 */
class ObjectionDeadlineTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);
    private static final WorkingDays KARLSRUHE = new WorkingDays("DE", "DE-BW");

    @Test
    void theAgreementsPeriodRunsFromReceipt() {
        assertThat(ObjectionDeadline.of(RECEIVED, 14, null, KARLSRUHE))
                .isEqualTo(new Window(LocalDate.of(2026, 12, 4), null));
    }

    @Test
    void aShorterPeriodInTheNoticeDoesNotShortenTheContractButIsShownAsTheSafeDate() {
        Window window = ObjectionDeadline.of(RECEIVED, 30, 5, KARLSRUHE);
        assertThat(window.deadline()).as("20 Dec 2026 is a Sunday").isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(window.requestedBy()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(window.noticeShortensContract()).isTrue();
    }

    @Test
    void aLongerPeriodInTheNoticeDoesNotExtendTheAgreements() {
        Window window = ObjectionDeadline.of(RECEIVED, 14, 30, KARLSRUHE);
        assertThat(window.deadline()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(window.noticeShortensContract()).isFalse();
    }

    @Test
    void theNoticesPeriodAppliesWhenTheAgreementHasNone() {
        assertThat(ObjectionDeadline.of(RECEIVED, null, 10, KARLSRUHE))
                .isEqualTo(new Window(LocalDate.of(2026, 11, 30), null));
    }

    @Test
    void withoutAnyPeriodThereIsNoDeadline() {
        assertThat(ObjectionDeadline.of(RECEIVED, null, null, KARLSRUHE).deadline())
                .isNull();
    }

    @Test
    void aLastDayOnAWeekendMovesToMonday() {
        // 20 Nov 2026 + 2 days = Sunday 22 Nov; + 1 day = Saturday 21 Nov.
        assertThat(ObjectionDeadline.of(RECEIVED, 2, null, KARLSRUHE).deadline())
                .isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(ObjectionDeadline.of(RECEIVED, 1, null, WorkingDays.WEEKENDS_ONLY)
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aLastDayOnAPublicHolidayAtTheSeatMovesToTheNextWorkingDay() {
        // Christmas: 24 Dec 2026 (Thursday) + 1 = 25 Dec (holiday), 26 Dec (holiday, Saturday), 27 (Sunday) -> Monday
        // 28.
        assertThat(ObjectionDeadline.of(LocalDate.of(2026, 12, 24), 1, null, KARLSRUHE)
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 12, 28));
        // All Saints' Day 2027 (Monday) is a holiday in Baden-Württemberg, not in Lower Saxony.
        LocalDate received = LocalDate.of(2027, 10, 18);
        assertThat(ObjectionDeadline.of(received, 14, null, KARLSRUHE).deadline())
                .isEqualTo(LocalDate.of(2027, 11, 2));
        assertThat(ObjectionDeadline.of(received, 14, null, new WorkingDays("DE", "DE-NI"))
                        .deadline())
                .isEqualTo(LocalDate.of(2027, 11, 1));
        // Other countries: weekends only.
        assertThat(ObjectionDeadline.of(received, 14, null, new WorkingDays("FR", null))
                        .deadline())
                .isEqualTo(LocalDate.of(2027, 11, 1));
    }

    @Test
    void theLastDayIsStillOpenAndTheNextIsNot() {
        LocalDate deadline = ObjectionDeadline.of(RECEIVED, 14, null, KARLSRUHE).deadline();
        assertThat(ObjectionDeadline.passed(deadline, deadline)).isFalse();
        assertThat(ObjectionDeadline.passed(deadline, deadline.plusDays(1))).isTrue();
        assertThat(ObjectionDeadline.daysLeft(deadline, deadline)).isZero();
    }

    @Test
    void theSendingDateDecidesNotTheRecordingDate() {
        LocalDate deadline = LocalDate.of(2026, 12, 4);
        assertThat(ObjectionDeadline.sentInTime(LocalDate.of(2026, 12, 4), deadline))
                .isTrue();
        assertThat(ObjectionDeadline.sentInTime(LocalDate.of(2026, 12, 5), deadline))
                .isFalse();
    }

    @Test
    void periodsCrossMonthAndYearEnds() {
        assertThat(ObjectionDeadline.of(LocalDate.of(2026, 12, 20), 14, null, KARLSRUHE)
                        .deadline())
                .as("3 Jan 2027 is a Sunday")
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(ObjectionDeadline.of(LocalDate.of(2028, 2, 15), 14, null, KARLSRUHE)
                        .deadline())
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
