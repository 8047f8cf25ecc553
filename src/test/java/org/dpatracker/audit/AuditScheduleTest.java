package org.dpatracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit date rules on fixed dates. */
class AuditScheduleTest {

    private static final AuditRights ONCE_PER_CALENDAR_YEAR = rights(1, AuditPeriod.CALENDAR_YEAR, 14, 12);
    private static final AuditRights ONCE_IN_TWELVE_MONTHS = rights(1, AuditPeriod.TWELVE_MONTHS, 14, 12);

    @Test
    void oncePerCalendarYearAllowsTheNextInspectionOnFirstJanuaryAcrossTheYearEnd() {
        LocalDate today = LocalDate.of(2026, 12, 30);
        AuditCalendar calendar = AuditSchedule.of(
                ONCE_PER_CALENDAR_YEAR, List.of(performed(AuditKind.ON_SITE, "2026-03-10")), null, today);

        assertThat(calendar.nextPermitted()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(calendar.nextDue()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(calendar.noticeBy()).isEqualTo(LocalDate.of(2027, 2, 24));
        assertThat(calendar.overdue()).isFalse();
    }

    @Test
    void anInspectionLastYearDoesNotCountAgainstThisCalendarYear() {
        AuditCalendar calendar = AuditSchedule.of(
                ONCE_PER_CALENDAR_YEAR,
                List.of(performed(AuditKind.ON_SITE, "2026-12-31")),
                null,
                LocalDate.of(2027, 1, 1));

        assertThat(calendar.nextPermitted()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void documentReviewsAndCertificateChecksDoNotUseUpTheInspectionLimit() {
        AuditCalendar calendar = AuditSchedule.of(
                ONCE_PER_CALENDAR_YEAR,
                List.of(
                        performed(AuditKind.CERTIFICATE_CHECK, "2026-02-01"),
                        performed(AuditKind.DOCUMENT_REVIEW, "2026-05-01")),
                null,
                LocalDate.of(2026, 6, 1));

        assertThat(calendar.nextPermitted()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(calendar.lastAudit()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void onceInTwelveMonthsFreesTheSlotTwelveMonthsAfterTheInspectionIncludingLeapDays() {
        AuditCalendar calendar = AuditSchedule.of(
                ONCE_IN_TWELVE_MONTHS,
                List.of(performed(AuditKind.REMOTE, "2028-02-29")),
                null,
                LocalDate.of(2028, 12, 1));

        assertThat(calendar.nextPermitted()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void twoPerTwelveMonthsWaitsForTheOlderOfTheTwo() {
        AuditCalendar calendar = AuditSchedule.of(
                rights(2, AuditPeriod.TWELVE_MONTHS, null, null),
                List.of(performed(AuditKind.ON_SITE, "2026-01-15"), performed(AuditKind.ON_SITE, "2026-07-01")),
                null,
                LocalDate.of(2026, 9, 1));

        assertThat(calendar.nextPermitted()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(calendar.nextDue()).isNull();
        assertThat(calendar.noticeBy()).isNull();
    }

    @Test
    void withoutALimitAnInspectionIsPermittedToday() {
        LocalDate today = LocalDate.of(2026, 4, 1);
        AuditCalendar calendar = AuditSchedule.of(rights(null, null, null, null), List.of(), null, today);

        assertThat(calendar.nextPermitted()).isEqualTo(today);
    }

    @Test
    void anAuditIsOverdueTheDayAfterItFellDueAndCountsFromTheSignatureWhileThereWasNone() {
        AuditRights yearly = rights(null, null, 14, 12);
        LocalDate signed = LocalDate.of(2025, 3, 31);

        assertThat(AuditSchedule.of(yearly, List.of(), signed, LocalDate.of(2026, 3, 31))
                        .overdue())
                .isFalse();
        AuditCalendar dayAfter = AuditSchedule.of(yearly, List.of(), signed, LocalDate.of(2026, 4, 1));
        assertThat(dayAfter.nextDue()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(dayAfter.overdue()).isTrue();
    }

    @Test
    void aPlannedAuditSetsTheNoticeDateAndIsLateWhenNoNoticeWasGivenInTime() {
        Audit planned =
                new Audit(1L, 0, 1, AuditKind.ON_SITE, LocalDate.of(2027, 1, 12), null, null, "Ari", null, null, null);

        AuditCalendar inTime =
                AuditSchedule.of(ONCE_PER_CALENDAR_YEAR, List.of(planned), null, LocalDate.of(2026, 12, 29));
        assertThat(inTime.nextPlanned()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(inTime.noticeBy()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(inTime.noticeLate()).isFalse();

        assertThat(AuditSchedule.of(ONCE_PER_CALENDAR_YEAR, List.of(planned), null, LocalDate.of(2026, 12, 30))
                        .noticeLate())
                .isTrue();
        Audit announced = new Audit(
                1L,
                0,
                1,
                AuditKind.ON_SITE,
                LocalDate.of(2027, 1, 12),
                null,
                LocalDate.of(2026, 12, 20),
                "Ari",
                null,
                null,
                null);
        assertThat(AuditSchedule.of(ONCE_PER_CALENDAR_YEAR, List.of(announced), null, LocalDate.of(2026, 12, 30))
                        .noticeLate())
                .isFalse();
    }

    @Test
    void aSecondInspectionPlannedInTheSameCalendarYearIsTooEarly() {
        Audit planned =
                new Audit(2L, 0, 1, AuditKind.ON_SITE, LocalDate.of(2026, 11, 2), null, null, "Ari", null, null, null);
        AuditCalendar calendar = AuditSchedule.of(
                ONCE_PER_CALENDAR_YEAR,
                List.of(performed(AuditKind.ON_SITE, "2026-02-02"), planned),
                null,
                LocalDate.of(2026, 10, 1));

        assertThat(calendar.plannedTooEarly()).isTrue();
        assertThat(calendar.nextPermitted()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void anExtraAuditAfterAnIncidentIsPermittedWhateverTheLimitWhereTheContractAllowsIt() {
        AuditRights withExtra = new AuditRights(
                1,
                true,
                1,
                AuditPeriod.CALENDAR_YEAR,
                14,
                CostBearer.CONTROLLER,
                false,
                false,
                false,
                false,
                true,
                12,
                null,
                0);
        Audit afterIncident = new Audit(
                3L, 0, 1, AuditKind.ON_SITE, LocalDate.of(2026, 11, 2), null, null, "Ari", null, null, null, true);
        List<Audit> audits = List.of(performed(AuditKind.ON_SITE, "2026-02-02"), afterIncident);

        assertThat(AuditSchedule.of(withExtra, audits, null, LocalDate.of(2026, 10, 1))
                        .plannedTooEarly())
                .isFalse();
        assertThat(AuditSchedule.of(ONCE_PER_CALENDAR_YEAR, audits, null, LocalDate.of(2026, 10, 1))
                        .plannedTooEarly())
                .as("the contract allows no extra audits")
                .isTrue();

        Audit heldAfterIncident = new Audit(
                4L, 0, 1, AuditKind.ON_SITE, null, LocalDate.of(2026, 3, 5), null, "Ari", null, null, null, true);
        assertThat(AuditSchedule.of(withExtra, List.of(heldAfterIncident), null, LocalDate.of(2026, 6, 1))
                        .nextPermitted())
                .as("the extra audit does not use up this year's inspection")
                .isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void noticeIsCountedBackFromTheAuditDay() {
        Audit onTheFifteenth =
                new Audit(5L, 0, 1, AuditKind.ON_SITE, LocalDate.of(2027, 3, 15), null, null, "Ari", null, null, null);
        assertThat(AuditSchedule.of(ONCE_PER_CALENDAR_YEAR, List.of(onTheFifteenth), null, LocalDate.of(2027, 2, 1))
                        .noticeBy())
                .as("two weeks' notice before the 15th: by the 1st")
                .isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void aRemediationActionIsOverdueFromTheDayAfterItsDueDateUntilDone() {
        RemediationAction action =
                new RemediationAction(1L, 0, 1, "Patch", "IT", LocalDate.of(2026, 2, 28), ActionStatus.OPEN, null);

        assertThat(action.overdueOn(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(action.overdueOn(LocalDate.of(2026, 3, 1))).isTrue();
        RemediationAction done = new RemediationAction(
                1L, 0, 1, "Patch", "IT", LocalDate.of(2026, 2, 28), ActionStatus.DONE, LocalDate.of(2026, 3, 5));
        assertThat(done.overdueOn(LocalDate.of(2026, 3, 6))).isFalse();
    }

    private static AuditRights rights(Integer max, AuditPeriod period, Integer noticeDays, Integer intervalMonths) {
        return new AuditRights(
                1,
                true,
                max,
                period,
                noticeDays,
                CostBearer.CONTROLLER,
                false,
                false,
                false,
                false,
                false,
                intervalMonths,
                null,
                0);
    }

    private static Audit performed(AuditKind kind, String on) {
        return new Audit(null, 0, 1, kind, null, LocalDate.parse(on), null, "Ari Auditor", null, null, null);
    }
}
