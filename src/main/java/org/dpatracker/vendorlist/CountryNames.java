package org.dpatracker.vendorlist;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dpatracker.transfer.Countries;

/**
 * The countries a location cell names: ISO codes ("DE", "UK", "EL"), country names in English or German
 * ("Germany", "Deutschland", "Vereinigte Staaten"), common short forms ("USA") and "EU"/"EEA"/"EWR".
 * A cell may name several, separated by commas, semicolons, slashes, line breaks or "and"/"und"; parts
 * that are no country, such as a city, are left out.
 */
final class CountryNames {

    private static final Pattern SEPARATORS = Pattern.compile("[,;/|()\\n\\[\\]]+|\\s+-\\s+|\\s+(?i:and|und|&)\\s+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");
    private static final Pattern CONJUNCTION = Pattern.compile(" (and|und) ");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, String> BY_NAME = names();

    private CountryNames() {}

    static Set<String> in(String cell) {
        Set<String> codes = new LinkedHashSet<>();
        if (cell == null || cell.isBlank()) {
            return codes;
        }
        Optional<String> whole = code(cell);
        if (whole.isPresent()) {
            codes.add(whole.get());
            return codes;
        }
        for (String part : SEPARATORS.split(cell)) {
            code(part).ifPresent(codes::add);
        }
        return codes;
    }

    private static Optional<String> code(String part) {
        String trimmed = part.strip();
        // A code only in capitals: "in" or "de" inside a sentence is a word, not India or Germany.
        boolean capitals = trimmed.equals(trimmed.toUpperCase(Locale.ROOT));
        if (capitals && (trimmed.length() == 2 || trimmed.equals("EEA") || trimmed.equals("EWR"))) {
            Optional<String> code = Countries.normaliseLocation(trimmed);
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.ofNullable(BY_NAME.get(key(trimmed)));
    }

    private static String key(String name) {
        // "Bosnia & Herzegovina" as Java names it is "Bosnia and Herzegovina" on a list.
        String letters = NOT_LETTERS
                .matcher(OrganisationNames.spelledOut(name.toLowerCase(Locale.ROOT)))
                .replaceAll(" ");
        return SPACES.matcher(CONJUNCTION.matcher(" " + letters + " ").replaceAll(" "))
                .replaceAll(" ")
                .strip();
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                names.put(key(Countries.name(code, language)), code);
            }
        }
        Map.of(
                        "usa", "US",
                        "united states of america", "US",
                        "vereinigte staaten von amerika", "US",
                        "great britain", "GB",
                        "grossbritannien", "GB",
                        "england", "GB",
                        "holland", "NL",
                        "south korea", "KR",
                        "republic of ireland", "IE")
                .forEach(names::put);
        for (String eu :
                List.of("eu", "eea", "ewr", "european union", "europaeische union", "european economic area")) {
            names.put(eu, Countries.EU);
        }
        return names;
    }
}
