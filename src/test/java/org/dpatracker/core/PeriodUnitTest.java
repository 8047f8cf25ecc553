package org.dpatracker.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.dpatracker.core.PeriodUnit.Amount;
import org.junit.jupiter.api.Test;

class PeriodUnitTest {

    @Test
    void aPeriodIsToldInTheLargestUnitThatTellsItExactly() {
        assertThat(PeriodUnit.split(Period.parse("P10Y"))).contains(new Amount(10, PeriodUnit.YEARS));
        assertThat(PeriodUnit.split(Period.parse("P18M"))).contains(new Amount(18, PeriodUnit.MONTHS));
        assertThat(PeriodUnit.split(Period.parse("P1Y6M"))).contains(new Amount(18, PeriodUnit.MONTHS));
        assertThat(PeriodUnit.split(Period.parse("P14D"))).contains(new Amount(2, PeriodUnit.WEEKS));
        assertThat(PeriodUnit.split(Period.parse("P30D"))).contains(new Amount(30, PeriodUnit.DAYS));
        assertThat(PeriodUnit.split(Period.ZERO)).contains(new Amount(0, PeriodUnit.DAYS));
    }

    @Test
    void monthsAndDaysTogetherHaveNoSingleUnit() {
        assertThat(PeriodUnit.split(Period.parse("P1M15D"))).isEmpty();
    }

    @Test
    void eachUnitMakesItsPeriod() {
        assertThat(PeriodUnit.WEEKS.of(3)).isEqualTo(Period.ofDays(21));
        assertThat(PeriodUnit.YEARS.of(6)).isEqualTo(Period.ofYears(6));
    }
}
