package org.dpatracker.tom;

import java.util.Locale;
import java.util.Set;

/**
 * Annex III of the Commission clauses asks for measures "described concretely and not in a generic
 * manner". This flags descriptions that are empty, a few words only, or a stock phrase.
 */
public final class MeasureDescriptions {

    static final int MIN_WORDS = 4;

    private static final Set<String> BOILERPLATE = Set.of(
            "yes",
            "ja",
            "n/a",
            "na",
            "implemented",
            "umgesetzt",
            "vorhanden",
            "in place",
            "available",
            "see contract",
            "siehe vertrag",
            "see above",
            "siehe oben",
            "standard",
            "according to the state of the art",
            "nach stand der technik",
            "as required",
            "tbd",
            "todo");

    private MeasureDescriptions() {}

    /** True when the description of a measure someone claims to take says nothing concrete. */
    public static boolean tooGeneric(String description) {
        if (description == null || description.isBlank()) {
            return true;
        }
        String normalised = description.trim().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        return BOILERPLATE.contains(normalised) || normalised.split("\\s+").length < MIN_WORDS;
    }
}
