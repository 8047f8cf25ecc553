package org.dpatracker.clause;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/** Reads a rule's value from its match: periods converted to days or hours, texts as written. */
final class ValueReader {

    private ValueReader() {}

    static Optional<String> read(ClauseRule rule, Matcher match) {
        return switch (rule.reading()) {
            case FIXED -> Optional.ofNullable(rule.value());
            case TEXT -> Optional.ofNullable(group(match, "v")).map(Sentences::collapse);
            case DAYS ->
                amount(match).map(n -> n * daysPer(group(match, "unit"))).map(String::valueOf);
            case HOURS ->
                amount(match)
                        .map(n -> unitOf(group(match, "unit")).startsWith("d") ? n * 24 : n)
                        .map(String::valueOf);
        };
    }

    private static Optional<Integer> amount(Matcher match) {
        String n = group(match, "n");
        return n == null ? Optional.empty() : NumberWords.parse(n);
    }

    /** Days in one unit; a month counts 30 days, as contracts mean it for deadlines. */
    private static int daysPer(String unit) {
        String u = unitOf(unit);
        if (u.startsWith("week") || u.startsWith("woche")) {
            return 7;
        }
        if (u.startsWith("month") || u.startsWith("monat")) {
            return 30;
        }
        return 1;
    }

    private static String unitOf(String unit) {
        return unit == null
                ? "d"
                : unit.toLowerCase(Locale.ROOT).replace("calendar ", "").replace("kalender", "");
    }

    private static String group(Matcher match, String name) {
        try {
            return match.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
