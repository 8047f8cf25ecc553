package org.dpatracker.holiday;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

/**
 * Statutory public holidays in Germany: the nationwide ones and those of each federal state (the
 * states' holiday acts), as data. Holidays of only some municipalities (Assumption Day in parts of
 * Bavaria, Corpus Christi in parts of Saxony and Thuringia) are left out: a deadline must not depend
 * on a holiday that does not apply at the seat. Checked on {@link #VERIFIED_ON}.
 */
final class GermanHolidays {

    static final LocalDate VERIFIED_ON = LocalDate.of(2026, 12, 2);

    /** A holiday on a fixed day or a number of days after Easter Sunday, in the states listed (empty: nationwide). */
    record Holiday(String name, MonthDay fixed, Integer daysAfterEaster, Set<String> states) {
        LocalDate in(int year) {
            return fixed != null ? fixed.atYear(year) : Easter.sunday(year).plusDays(daysAfterEaster);
        }

        boolean appliesIn(String state) {
            return states.isEmpty() || states.contains(state);
        }
    }

    static final List<Holiday> HOLIDAYS = List.of(
            fixed("Neujahr", 1, 1),
            fixed("Heilige Drei Könige", 1, 6, "DE-BW", "DE-BY", "DE-ST"),
            fixed("Internationaler Frauentag", 3, 8, "DE-BE", "DE-MV"),
            easter("Karfreitag", -2),
            easter("Ostermontag", 1),
            fixed("Tag der Arbeit", 5, 1),
            easter("Christi Himmelfahrt", 39),
            easter("Pfingstmontag", 50),
            easter("Fronleichnam", 60, "DE-BW", "DE-BY", "DE-HE", "DE-NW", "DE-RP", "DE-SL"),
            fixed("Mariä Himmelfahrt", 8, 15, "DE-SL"),
            fixed("Weltkindertag", 9, 20, "DE-TH"),
            fixed("Tag der Deutschen Einheit", 10, 3),
            fixed(
                    "Reformationstag",
                    10,
                    31,
                    "DE-BB",
                    "DE-HB",
                    "DE-HH",
                    "DE-MV",
                    "DE-NI",
                    "DE-SN",
                    "DE-ST",
                    "DE-SH",
                    "DE-TH"),
            fixed("Allerheiligen", 11, 1, "DE-BW", "DE-BY", "DE-NW", "DE-RP", "DE-SL"),
            fixed("1. Weihnachtstag", 12, 25),
            fixed("2. Weihnachtstag", 12, 26));

    /** The sixteen federal states, ISO 3166-2. */
    static final List<String> STATES = List.of(
            "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI", "DE-NW", "DE-RP", "DE-SL",
            "DE-SN", "DE-ST", "DE-SH", "DE-TH");

    private GermanHolidays() {}

    /**
     * Whether the day is a public holiday in the state (null: only the nationwide holidays). Includes Repentance Day in
     * Saxony.
     */
    static boolean isHoliday(LocalDate day, String state) {
        if ("DE-SN".equals(state) && isRepentanceDay(day)) {
            return true;
        }
        return HOLIDAYS.stream()
                .anyMatch(h -> h.appliesIn(state == null ? "" : state)
                        && h.in(day.getYear()).equals(day));
    }

    /** Buß- und Bettag: the Wednesday before 23 November (Saxony). */
    static boolean isRepentanceDay(LocalDate day) {
        return day.getMonthValue() == 11
                && day.getDayOfWeek() == java.time.DayOfWeek.WEDNESDAY
                && day.getDayOfMonth() >= 16
                && day.getDayOfMonth() <= 22;
    }

    private static Holiday fixed(String name, int month, int day, String... states) {
        return new Holiday(name, MonthDay.of(month, day), null, Set.of(states));
    }

    private static Holiday easter(String name, int daysAfter, String... states) {
        return new Holiday(name, null, daysAfter, Set.of(states));
    }
}
