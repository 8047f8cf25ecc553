package org.dpatracker.transfer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * ISO 3166 alpha-2 country codes, the EEA, and the spellings EU bodies use ("EL", "UK"); international
 * organisations ({@link InternationalOrganisation}) share the code space as recipients of transfers.
 */
public final class Countries {

    /**
     * EU 27 plus Iceland, Liechtenstein and Norway, and the parts of member states that ISO 3166 gives
     * codes of their own: the French outermost regions Réunion, French Guiana, Guadeloupe, Martinique,
     * Mayotte and Saint-Martin (Art. 349, 355(1) TFEU) and the Åland Islands (Finland, Art. 355(4)
     * TFEU). Switzerland is not in the EEA.
     */
    public static final Set<String> EEA = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "RE", "GF", "GP", "MQ", "YT", "MF",
            "AX");

    /** A processing location "somewhere in the EU/EEA", where a contract names no member state. */
    public static final String EU = "EU";

    /** Every stored location code inside the EEA: the member states and {@link #EU}. */
    public static final Set<String> EEA_LOCATIONS =
            Stream.concat(EEA.stream(), Stream.of(EU)).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private Countries() {}

    /**
     * The stored code for what a user typed: upper case, "EL" becomes GR and "UK" becomes GB.
     * Empty when the code is neither an ISO 3166 alpha-2 country nor an international organisation's code.
     */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Optional<InternationalOrganisation> organisation = InternationalOrganisation.byCode(input);
        if (organisation.isPresent()) {
            return Optional.of(organisation.get().code());
        }
        String code = input.trim().toUpperCase(Locale.ROOT);
        code = switch (code) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> code;
        };
        return ISO.contains(code) ? Optional.of(code) : Optional.empty();
    }

    /**
     * Like {@link #normalise}, but also accepts EU (or EEA) for a location inside the EU/EEA without a member state.
     */
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
            return "de".equals(locale.getLanguage())
                    ? "EU/EWR (Mitgliedstaat nicht genannt)"
                    : "EU/EEA (member state not named)";
        }
        Optional<InternationalOrganisation> organisation = InternationalOrganisation.byCode(code);
        if (organisation.isPresent()) {
            return organisation.get().name(locale);
        }
        return Locale.of("", code).getDisplayCountry(locale);
    }

    /** Whether the code names an international organisation rather than a country. */
    public static boolean isInternationalOrganisation(String code) {
        return InternationalOrganisation.byCode(code).isPresent();
    }

    /** Every country code sorted by its name in the given language, then the international organisations. */
    public static List<String> all(Locale locale) {
        return Stream.concat(
                        Arrays.stream(Locale.getISOCountries())
                                .sorted(Comparator.comparing(code -> name(code, locale))),
                        Arrays.stream(InternationalOrganisation.values()).map(InternationalOrganisation::code))
                .toList();
    }
}
