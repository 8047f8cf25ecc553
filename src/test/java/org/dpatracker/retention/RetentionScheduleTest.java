package org.dpatracker.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Deletion due dates on fixed dates. */
class RetentionScheduleTest {

    @Test
    void aMonthAfterTheLastDayOfJanuaryIsTheLastDayOfFebruary() {
        assertThat(due("P1M", RetentionTrigger.COLLECTION, "2026-01-31")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(due("P1M", RetentionTrigger.COLLECTION, "2028-01-31")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(due("P3M", RetentionTrigger.COLLECTION, "2026-11-30")).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aYearAfterALeapDayIsTheTwentyEighthOfFebruaryAndFourYearsLandOnTheNextLeapDay() {
        assertThat(due("P1Y", RetentionTrigger.END_OF_CONTRACT, "2024-02-29")).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(due("P4Y", RetentionTrigger.END_OF_CONTRACT, "2028-02-29")).isEqualTo(LocalDate.of(2032, 2, 29));
        assertThat(due("P30D", RetentionTrigger.END_OF_CONTRACT, "2028-02-15")).isEqualTo(LocalDate.of(2028, 3, 16));
    }

    @Test
    void calendarYearPeriodsRunThroughTheirLastYearAndDeletionIsDueOnTheFirstOfJanuaryAfter() {
        // Kept through 31 December of the last year inclusive; deletion falls due on 1 January after it.
        assertThat(due("P10Y", RetentionTrigger.END_OF_CALENDAR_YEAR, "2026-03-05"))
                .isEqualTo(LocalDate.of(2037, 1, 1));
        assertThat(due("P8Y", RetentionTrigger.END_OF_CALENDAR_YEAR, "2026-12-31"))
                .isEqualTo(LocalDate.of(2035, 1, 1));
        assertThat(due("P6Y", RetentionTrigger.END_OF_CALENDAR_YEAR, "2024-01-01"))
                .isEqualTo(LocalDate.of(2031, 1, 1));
    }

    @Test
    void aLegalHoldSuspendsDeletionAndSoDoesATriggerThatHasNotHappened() {
        assertThat(RetentionSchedule.deletionDue(
                        Period.ofDays(30), RetentionTrigger.END_OF_CONTRACT, LocalDate.of(2026, 1, 1), true))
                .isNull();
        assertThat(RetentionSchedule.deletionDue(Period.ofDays(30), RetentionTrigger.END_OF_CONTRACT, null, false))
                .isNull();
        assertThat(RetentionSchedule.deletionDue(
                        null, RetentionTrigger.PURPOSE_FULFILLED, LocalDate.of(2026, 1, 1), false))
                .isNull();
    }

    @Test
    void deletionOnTheDayAndBackupsThirtyDaysLater() {
        LocalDate due = due("P0D", RetentionTrigger.END_OF_CONTRACT, "2026-12-31");

        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(RetentionSchedule.backupDeletionDue(due, Period.ofDays(30))).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(RetentionSchedule.backupDeletionDue(null, Period.ofDays(30))).isNull();
    }

    @Test
    void periodsAreReadAsIso8601() {
        assertThat(RetentionSchedule.parse(" p3m ")).isEqualTo(Period.ofMonths(3));
        assertThat(RetentionSchedule.parse("")).isNull();
        assertThatThrownBy(() -> RetentionSchedule.parse("3 months")).isInstanceOf(DateTimeParseException.class);
    }

    private static LocalDate due(String period, RetentionTrigger trigger, String triggerDate) {
        return RetentionSchedule.deletionDue(Period.parse(period), trigger, LocalDate.parse(triggerDate), false);
    }

    @Test
    void thePresetsCarryTheStatutoryPeriodsAndTheirSources() {
        assertThat(RetentionPreset.BOOKS_AND_ANNUAL_ACCOUNTS.period()).isEqualTo(Period.ofYears(10));
        assertThat(RetentionPreset.ACCOUNTING_VOUCHERS.period())
                .as("BEG IV, since 1 January 2025")
                .isEqualTo(Period.ofYears(8));
        assertThat(RetentionPreset.BUSINESS_LETTERS.period()).isEqualTo(Period.ofYears(6));
        assertThat(RetentionPreset.JOB_APPLICATIONS.period()).isEqualTo(Period.ofMonths(6));
        assertThat(RetentionPreset.ACCOUNTING_VOUCHERS.trigger()).isEqualTo(RetentionTrigger.END_OF_CALENDAR_YEAR);
        assertThat(RetentionPreset.ACCOUNTING_VOUCHERS.source())
                .contains("§ 147 Abs. 1 Nr. 4, Abs. 3 AO", "§ 257 Abs. 1 Nr. 4, Abs. 4 HGB");
        // An invoice of 2025 is kept through 2033 and deleted from 1 January 2034.
        assertThat(RetentionSchedule.deletionDue(
                        RetentionPreset.ACCOUNTING_VOUCHERS.period(),
                        RetentionPreset.ACCOUNTING_VOUCHERS.trigger(),
                        LocalDate.of(2025, 6, 30),
                        false))
                .isEqualTo(LocalDate.of(2034, 1, 1));
    }
}
