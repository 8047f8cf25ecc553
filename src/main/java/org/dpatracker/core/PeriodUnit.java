package org.dpatracker.core;

import java.time.Period;

/** The units a period is entered in: a number of days, weeks, months or years. */
public enum PeriodUnit {
    DAYS,
    WEEKS,
    MONTHS,
    YEARS;

    /** {@code amount} of this unit as a period. */
    public Period of(int amount) {
        return switch (this) {
            case DAYS -> Period.ofDays(amount);
            case WEEKS -> Period.ofWeeks(amount);
            case MONTHS -> Period.ofMonths(amount);
            case YEARS -> Period.ofYears(amount);
        };
    }

    /** A period told as one number and one unit. */
    public record Amount(int amount, PeriodUnit unit) {}

    /**
     * {@code period} as one number of the largest unit that tells it exactly: P10Y as 10 years, P18M as 18
     * months, P14D as 2 weeks; empty for a mix of months and days, which no single unit tells.
     */
    public static java.util.Optional<Amount> split(Period period) {
        Period normal = period.normalized();
        if (normal.isZero()) {
            return java.util.Optional.of(new Amount(0, DAYS));
        }
        if (normal.getDays() == 0) {
            return java.util.Optional.of(
                    normal.getMonths() == 0
                            ? new Amount(normal.getYears(), YEARS)
                            : new Amount((int) normal.toTotalMonths(), MONTHS));
        }
        if (normal.toTotalMonths() != 0) {
            return java.util.Optional.empty();
        }
        int days = normal.getDays();
        return java.util.Optional.of(days % 7 == 0 ? new Amount(days / 7, WEEKS) : new Amount(days, DAYS));
    }
}
