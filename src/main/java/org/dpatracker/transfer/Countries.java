package org.dpatracker.transfer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 3166 alpha-2 country codes, the EEA, and the spellings EU bodies use ("EL", "UK"). */
public final class Countries {

    /**
     * EU 27 plus Iceland, Liechtenstein and Norway, and the parts of member states that ISO 3166 gives
     * codes of their own: the French outermost regions Réunion, French Guiana, Guadeloupe, Martinique,
     * Mayotte and Saint-Martin (Art. 349, 355(1) TFEU) and the Åland Islands (Finland, Art. 355(4)
     * TFEU). Switzerland is not in the EEA.
     */
    public static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI",
            "NO", "RE", "GF", "GP", "MQ", "YT", "MF", "AX");

    /** A processing location "somewhere in the EU/EEA", where a contract names no member state. */
    public static final String EU = "EU";

    /** Every stored location code inside the EEA: the member states and {@link #EU}. */
    public static final Set<String> EEA_LOCATIONS = java.util.stream.Stream.concat(EEA.stream(), java.util.stream.Stream.of(EU))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private Countries() {}

    /**
     * The stored code for what a user typed: upper case, "EL" becomes GR and "UK" becomes GB.
     * Empty when the code is not an ISO 3166 alpha-2 country.
     */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String code = input.trim().toUpperCase(Locale.ROOT);
        code = switch (code) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> code;
        };
        return ISO.contains(code) ? Optional.of(code) : Optional.empty();
    }

    /** Like {@link #normalise}, but also accepts EU (or EEA) for a location inside the EU/EEA without a member state. */
    public static Optional<String> normaliseLocation(String input) {
        if (input != null && Set.of("EU", "EEA", "EWR").contains(input.trim().toUpperCase(Locale.ROOT))) {
            return Optional.of(EU);
        }
        return normalise(input);
    }

    public static boolean isInEea(String code) {
        return EEA_LOCATIONS.contains(code);
    }

    public static String name(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        if (EU.equals(code)) {
            return "de".equals(locale.getLanguage()) ? "EU/EWR (Mitgliedstaat nicht genannt)" : "EU/EEA (member state not named)";
        }
        return Locale.of("", code).getDisplayCountry(locale);
    }

    /** Every country code, sorted by its name in the given language. */
    public static List<String> all(Locale locale) {
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> name(code, locale)))
                .toList();
    }
}
