package org.dpatracker.vendorlist;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dpatracker.organisation.Organisation;

/**
 * Whether a name on a vendor's list and a recorded organisation are the same legal entity. Names are
 * compared without case, punctuation, accents and the legal form at their end ("Axilaris GmbH" is
 * "AXILARIS Gmbh", "Acme Inc." is "ACME, Inc"), but every other word counts: "Microsoft Ireland
 * Operations Ltd" and "Microsoft Azure" are different, and so are "Google Ireland Limited" and "Google
 * LLC", since a country in the name marks a different entity with a different seat (and transfer).
 */
public final class OrganisationNames {

    /** Legal forms as words after normalising, longest first so that "gmbh co kg" goes before "kg". */
    private static final List<List<String>> LEGAL_FORMS = Arrays.stream(new String[] {
                "gmbh co kg",
                "gmbh co kgaa",
                "ag co kg",
                "se co kg",
                "ug haftungsbeschraenkt",
                "ug haftungsbeschrankt",
                "gmbh",
                "ggmbh",
                "mbh",
                "ag",
                "ug",
                "kg",
                "kgaa",
                "ohg",
                "gbr",
                "e v",
                "ev",
                "se",
                "inc",
                "incorporated",
                "ltd",
                "limited",
                "llc",
                "l l c",
                "llp",
                "lp",
                "plc",
                "corp",
                "corporation",
                "co",
                "company",
                "s a",
                "sa",
                "s a s",
                "sas",
                "sarl",
                "s a r l",
                "s l",
                "sl",
                "s r l",
                "srl",
                "s p a",
                "spa",
                "b v",
                "bv",
                "n v",
                "nv",
                "a s",
                "as",
                "aps",
                "ab",
                "oy",
                "oyj",
                "asa",
                "pty",
                "pte",
                "k k",
                "kk",
                "gk",
                "ltda",
                "sro",
                "s r o",
                "sp z o o",
                "sp zoo",
                "zrt",
                "kft",
                "d o o",
                "doo"
            })
            .map(form -> List.of(form.split(" ")))
            .sorted(Comparator.comparingInt((List<String> form) -> form.size()).reversed())
            .toList();

    private static final Pattern NOT_WORDS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private OrganisationNames() {}

    /** The name as compared: "Axilaris GmbH & Co. KG" becomes "axilaris". Never empty for a non-blank name. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String words = words(name);
        if (words.isEmpty()) {
            return words;
        }
        List<String> tokens = new java.util.ArrayList<>(List.of(words.split(" ")));
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (List<String> form : LEGAL_FORMS) {
                int from = tokens.size() - form.size();
                if (from > 0 && tokens.subList(from, tokens.size()).equals(form)) {
                    tokens.subList(from, tokens.size()).clear();
                    stripped = true;
                    break;
                }
            }
        }
        return String.join(" ", tokens);
    }

    /** The name's words in lower case, with the legal form. */
    private static String words(String name) {
        return NOT_WORDS
                .matcher(spelledOut(name.toLowerCase(Locale.ROOT)))
                .replaceAll(" ")
                .strip();
    }

    public static boolean same(String first, String second) {
        String key = key(first);
        return !key.isEmpty() && key.equals(key(second));
    }

    /**
     * The recorded organisation of that name, by its name alone or with its legal form. Where several differ
     * only in the legal form ("Acme GmbH" and "Acme Inc."), the one with the listed form; when the list gives
     * none that tells them apart, none: a new organisation is better than a silent guess.
     */
    public static Optional<Organisation> find(String name, Collection<Organisation> organisations) {
        List<Organisation> same = organisations.stream()
                .filter(Objects::nonNull)
                .filter(o -> same(name, o.name()) || same(name, o.nameWithLegalForm()))
                .toList();
        if (same.size() <= 1) {
            return same.stream().findFirst();
        }
        String written = words(name);
        List<Organisation> exact = same.stream()
                .filter(o -> words(o.name()).equals(written)
                        || words(o.nameWithLegalForm()).equals(written))
                .toList();
        return exact.size() == 1 ? Optional.of(exact.getFirst()) : Optional.empty();
    }

    /** Umlauts and ß spelt out, other accents dropped: "Müller" and "Mueller" compare equal, "Société" is "societe". */
    static String spelledOut(String lower) {
        String spelled =
                lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        if (spelled.chars().allMatch(c -> c < 128)) {
            return spelled;
        }
        return MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
    }
}
