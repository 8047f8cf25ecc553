package org.dpatracker.transfer;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Orders countries for what the user types, in the user's language: the code itself first ("US", "DEU"),
 * then names that start with the input, then names with a word that starts with it, then names that merely
 * contain it; so "India" offers India before "British Indian Ocean Territory".
 */
public final class CountryRanking {

    private static final Pattern WORD = Pattern.compile("[\\s\\-/(),.]+");

    private final List<String> codes;
    private final Locale locale;
    private final Collator collator;

    /** Ranks {@code codes} (country and organisation codes) by their names in {@code locale}. */
    public CountryRanking(List<String> codes, Locale locale) {
        this.codes = List.copyOf(codes);
        this.locale = locale;
        this.collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
    }

    /** The codes that match {@code input}, best first; all of them, in their order, for an empty input. */
    public List<String> rank(String input) {
        String typed = input == null ? "" : input.strip().toLowerCase(locale);
        if (typed.isEmpty()) {
            return codes;
        }
        return codes.stream()
                .filter(code -> score(code, typed) < 4)
                .sorted(Comparator.<String>comparingInt(code -> score(code, typed))
                        .thenComparing(code -> Countries.name(code, locale), collator))
                .toList();
    }

    private int score(String code, String typed) {
        if (code.toLowerCase(Locale.ROOT).equals(typed) || Objects.equals(alpha3(code), typed)) {
            return 0;
        }
        String name = fold(Countries.name(code, locale));
        String folded = fold(typed);
        if (name.startsWith(folded)) {
            return 1;
        }
        for (String word : WORD.split(name)) {
            if (word.startsWith(folded)) {
                return 2;
            }
        }
        return name.contains(folded) ? 3 : 4;
    }

    private String fold(String text) {
        return java.text.Normalizer.normalize(text.toLowerCase(locale), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static String alpha3(String code) {
        try {
            return code.length() == 2 ? Locale.of("", code).getISO3Country().toLowerCase(Locale.ROOT) : null;
        } catch (MissingResourceException unknown) {
            return null;
        }
    }
}
