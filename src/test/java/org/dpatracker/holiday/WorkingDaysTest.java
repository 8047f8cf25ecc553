package org.dpatracker.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Public holidays in Germany per federal state, and weekends everywhere. */
class WorkingDaysTest {

    @Test
    void easterSundayIsComputedForAnyYear() {
        assertThat(Easter.sunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Easter.sunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Easter.sunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Easter.sunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void nationwideHolidaysApplyInEveryState() {
        WorkingDays hamburg = new WorkingDays("DE", "DE-HH");
        assertThat(hamburg.isWorkingDay(LocalDate.of(2026, 4, 3)))
                .as("Good Friday")
                .isFalse();
        assertThat(hamburg.isWorkingDay(LocalDate.of(2026, 5, 14)))
                .as("Ascension Day")
                .isFalse();
        assertThat(hamburg.isWorkingDay(LocalDate.of(2026, 10, 3)))
                .as("Unity Day, a Saturday")
                .isFalse();
        assertThat(hamburg.isWorkingDay(LocalDate.of(2026, 4, 7))).isTrue();
    }

    @Test
    void stateHolidaysApplyOnlyWhereTheStatesActSaysSo() {
        LocalDate corpusChristi2026 = LocalDate.of(2026, 6, 4);
        assertThat(new WorkingDays("DE", "DE-BW").isWorkingDay(corpusChristi2026))
                .isFalse();
        assertThat(new WorkingDays("DE", "DE-NI").isWorkingDay(corpusChristi2026))
                .isTrue();
        LocalDate reformationDay2025 = LocalDate.of(2025, 10, 31);
        assertThat(new WorkingDays("DE", "DE-NI").isWorkingDay(reformationDay2025))
                .isFalse();
        assertThat(new WorkingDays("DE", "DE-BW").isWorkingDay(reformationDay2025))
                .isTrue();
        assertThat(new WorkingDays("DE", "DE-SN").isWorkingDay(LocalDate.of(2026, 11, 18)))
                .as("Repentance Day")
                .isFalse();
        assertThat(new WorkingDays("DE", "DE-BY").isWorkingDay(LocalDate.of(2026, 11, 18)))
                .isTrue();
        assertThat(new WorkingDays("DE", "DE-BE").isWorkingDay(LocalDate.of(2027, 3, 8)))
                .as("Women's Day")
                .isFalse();
        assertThat(new WorkingDays("DE", null).isWorkingDay(LocalDate.of(2026, 6, 4)))
                .as("state unknown")
                .isTrue();
    }

    @Test
    void elsewhereOnlyWeekendsCount() {
        WorkingDays france = new WorkingDays("FR", null);
        assertThat(france.isWorkingDay(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(france.onOrAfter(LocalDate.of(2026, 12, 26))).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
