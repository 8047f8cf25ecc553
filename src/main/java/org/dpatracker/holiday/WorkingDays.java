package org.dpatracker.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * § 193 BGB: where the last day of a period for a declaration falls on a Saturday, a Sunday or a
 * public holiday at the place of the declaration, the next working day takes its place. Germany's
 * holidays are known per federal state; elsewhere only weekends count unless holidays are configured.
 *
 * @param country     ISO 3166-1 code of the seat (null: weekends only)
 * @param subdivision ISO 3166-2 code of the seat's state, e.g. DE-BW (null: nationwide holidays only)
 */
public record WorkingDays(String country, String subdivision) {

    /** Weekends only. */
    public static final WorkingDays WEEKENDS_ONLY = new WorkingDays(null, null);

    /** The German federal states whose holidays are known, as ISO 3166-2 codes. */
    public static List<String> germanStates() {
        return GermanHolidays.STATES;
    }

    /** When the German holiday data was last checked against the states' holiday acts. */
    public static LocalDate holidaysVerifiedOn() {
        return GermanHolidays.VERIFIED_ON;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return !("DE".equals(country)
                && GermanHolidays.isHoliday(day, subdivision == null ? null : subdivision.toUpperCase(Locale.ROOT)));
    }

    /** The day itself when it is a working day, otherwise the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }
}
