package org.dpatracker.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The one date format per language, for the screens, the exports and the PDFs alike: German "31.03.2027",
 * English ISO 8601 "2027-03-31" (unambiguous for readers on both sides of the Atlantic, and what a date field
 * can show and parse without month names). Both languages also accept ISO when a date is typed.
 */
public final class Dates {

    private static final String ISO = "yyyy-MM-dd";
    private static final String GERMAN = "dd.MM.yyyy";

    private Dates() {}

    /** The pattern dates are shown in, in the style of {@link DateTimeFormatter#ofPattern}. */
    public static String pattern(Locale locale) {
        return isGerman(locale) ? GERMAN : ISO;
    }

    /** The patterns a typed date is read with, the shown one first. */
    public static List<String> accepted(Locale locale) {
        return isGerman(locale) ? List.of(GERMAN, "d.M.yyyy", "dd.MM.yy", ISO) : List.of(ISO);
    }

    /** The formatter of calendar dates in {@code locale}'s format. */
    public static DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofPattern(pattern(locale), locale);
    }

    /** A calendar date in {@code locale}'s format; empty for none. */
    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : formatter(locale).format(date);
    }

    /** An instant as date and minutes on the clock of {@code zone}, e.g. "31.03.2027 14:05"; empty for none. */
    public static String format(Instant instant, Locale locale, ZoneId zone) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern(pattern(locale) + " HH:mm", locale)
                        .withZone(zone)
                        .format(instant);
    }

    /**
     * An instant as date, minutes and the zone's short name in {@code locale}, e.g. "31.03.2027 14:05 MESZ" or
     * "2027-03-31 12:05 UTC": for documents read away from the screen that made them; empty for none.
     */
    public static String formatWithZone(Instant instant, Locale locale, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        String name = zone.normalized() instanceof java.time.ZoneOffset offset && offset.getTotalSeconds() == 0
                ? "UTC"
                : DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(instant);
        return format(instant, locale, zone) + " " + name;
    }

    private static boolean isGerman(Locale locale) {
        return locale != null && Locale.GERMAN.getLanguage().equals(locale.getLanguage());
    }
}
