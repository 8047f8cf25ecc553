package org.dpatracker.clause;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Numbers as contracts write them: digits, or the words for one to thirty, ninety and the like, in English and German. */
final class NumberWords {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("ten", 10),
            Map.entry("twelve", 12),
            Map.entry("fourteen", 14),
            Map.entry("thirty", 30),
            Map.entry("sixty", 60),
            Map.entry("ninety", 90),
            Map.entry("seventy-two", 72),
            Map.entry("einem", 1),
            Map.entry("einer", 1),
            Map.entry("eine", 1),
            Map.entry("ein", 1),
            Map.entry("zwei", 2),
            Map.entry("drei", 3),
            Map.entry("vier", 4),
            Map.entry("fünf", 5),
            Map.entry("sechs", 6),
            Map.entry("sieben", 7),
            Map.entry("acht", 8),
            Map.entry("zehn", 10),
            Map.entry("zwölf", 12),
            Map.entry("vierzehn", 14),
            Map.entry("dreißig", 30),
            Map.entry("sechzig", 60),
            Map.entry("neunzig", 90),
            Map.entry("zweiundsiebzig", 72));

    private NumberWords() {}

    /** The words, longest first, so that an alternation never stops at a shorter prefix ("ein" of "einem"). */
    static List<String> words() {
        return WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    static Optional<Integer> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
            return Optional.of(Integer.parseInt(t));
        }
        return Optional.ofNullable(WORDS.get(t));
    }
}
