package org.dpatracker.transfer;

import java.util.Locale;
import java.util.Map;

/**
 * A country as the goal of a transfer, in the grammar of the language: German names countries with
 * an article by "in die" or "in das" ("in die Vereinigten Staaten", "in die Schweiz", "in das
 * Vereinigte Königreich") and all others by "nach" ("nach Indien").
 */
public final class Destinations {

    /** German countries named with an article, as the goal of a movement (accusative). */
    private static final Map<String, String> GERMAN_WITH_ARTICLE = Map.ofEntries(
            Map.entry("US", "in die Vereinigten Staaten"),
            Map.entry("CH", "in die Schweiz"),
            Map.entry("GB", "in das Vereinigte Königreich"),
            Map.entry("NL", "in die Niederlande"),
            Map.entry("TR", "in die Türkei"),
            Map.entry("SK", "in die Slowakei"),
            Map.entry("CZ", "in die Tschechische Republik"),
            Map.entry("AE", "in die Vereinigten Arabischen Emirate"),
            Map.entry("PH", "in die Philippinen"),
            Map.entry("UA", "in die Ukraine"),
            Map.entry("MD", "in die Republik Moldau"),
            Map.entry("KR", "in die Republik Korea"),
            Map.entry("VA", "in den Vatikanstaat"),
            Map.entry("IR", "in den Iran"),
            Map.entry("IQ", "in den Irak"),
            Map.entry("LB", "in den Libanon"),
            Map.entry("SN", "in den Senegal"),
            Map.entry("SD", "in den Sudan"));

    /** English countries named with "the". */
    private static final Map<String, String> ENGLISH_WITH_ARTICLE = Map.of(
            "US", "the United States",
            "GB", "the United Kingdom",
            "NL", "the Netherlands",
            "AE", "the United Arab Emirates",
            "PH", "the Philippines",
            "CZ", "the Czech Republic");

    private Destinations() {}

    /** "in die Vereinigten Staaten", "nach Indien"; in English "to the United States", "to India". */
    public static String towards(String code, Locale locale) {
        if ("de".equals(locale.getLanguage())) {
            return GERMAN_WITH_ARTICLE.getOrDefault(code, "nach " + Countries.name(code, locale));
        }
        return "to " + ENGLISH_WITH_ARTICLE.getOrDefault(code, Countries.name(code, locale));
    }

    /**
     * A sentence with the country's name after "nach" (German) or "to" (English), that phrase put in
     * the language's grammar: "Übermittlung nach Vereinigte Staaten" becomes "Übermittlung in die
     * Vereinigten Staaten".
     */
    public static String inSentence(String sentence, String code, Locale locale) {
        String plain = ("de".equals(locale.getLanguage()) ? "nach " : "to ") + Countries.name(code, locale);
        return sentence.replace(plain, towards(code, locale));
    }
}
