package org.dpatracker.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a German word may be divided at the end of a line, by the syllable rules of the 1996 orthography: one
 * consonant between vowels starts the next syllable (Da-ten), of several only the last does (Fens-ter), and
 * ch, ck, sch, ph, th, qu count as one consonant (Ver-schlüs-se-lung). A consonant followed by l or r may
 * start a syllable with it (Zu-griffs-kon-trol-le), and the prefixes that end in a consonant keep it before a
 * vowel (Ver-ar-bei-tung, Un-ter-auf-trag). Words are never divided leaving a single letter, and after a hyphen
 * or slash already written a line may always end.
 */
final class GermanHyphenation {

    private static final String VOWELS = "aeiouäöüy";
    private static final List<String> DOUBLE_VOWELS = List.of("ie", "ei", "ai", "au", "eu", "äu", "aa", "ee", "oo");
    private static final List<String> CONSONANT_UNITS = List.of("sch", "ch", "ck", "ph", "th", "qu");
    private static final Set<String> ONSETS =
            Set.of("bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "tr", "schl", "schr");
    private static final List<String> PREFIXES =
            List.of("unter", "über", "ver", "zer", "ent", "emp", "auf", "aus", "ein", "vor", "her", "hin", "dar");
    private static final int MIN_PART = 2;

    private GermanHyphenation() {}

    /** The positions a line may end before, in increasing order; a hyphen is to be added unless one is there. */
    static List<Integer> points(String word) {
        List<Integer> points = new ArrayList<>();
        int run = -1;
        for (int i = 0; i <= word.length(); i++) {
            boolean letter = i < word.length() && Character.isLetter(word.charAt(i));
            if (letter && run < 0) {
                run = i;
            } else if (!letter && run >= 0) {
                for (int point : inLetters(word.substring(run, i).toLowerCase(Locale.GERMAN))) {
                    points.add(run + point);
                }
                run = -1;
            }
            if (i > 0 && i < word.length() - 1 && (word.charAt(i - 1) == '-' || word.charAt(i - 1) == '/')) {
                points.add(i);
            }
        }
        return points.stream().distinct().sorted().toList();
    }

    /** Whether the piece of a word before a point needs a hyphen added when the line ends there. */
    static boolean needsHyphen(String before) {
        char last = before.charAt(before.length() - 1);
        return last != '-' && last != '/';
    }

    private static List<Integer> inLetters(String letters) {
        List<int[]> units = units(letters);
        List<Integer> nuclei = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u)[2] == 1) {
                nuclei.add(u);
            }
        }
        List<Integer> points = new ArrayList<>();
        for (int n = 0; n + 1 < nuclei.size(); n++) {
            int from = nuclei.get(n);
            int to = nuclei.get(n + 1);
            int consonants = to - from - 1;
            int startUnit = consonants <= 1 ? from + 1 : to - 1;
            if (consonants >= 2 && ONSETS.contains(text(letters, units, to - 2, to))) {
                startUnit = to - 2;
            }
            points.add(units.get(startUnit)[0]);
        }
        prefixPoints(letters, points);
        return points.stream()
                .filter(p -> p >= MIN_PART && letters.length() - p >= MIN_PART)
                .distinct()
                .sorted()
                .toList();
    }

    /** A prefix before a vowel keeps its last consonant: "ver|arbeiten", not "ve|rarbeiten". */
    private static void prefixPoints(String letters, List<Integer> points) {
        List<Integer> starts = new ArrayList<>(points);
        starts.add(0);
        for (int start : starts) {
            for (String prefix : PREFIXES) {
                int end = start + prefix.length();
                if (letters.startsWith(prefix, start)
                        && end < letters.length()
                        && VOWELS.indexOf(letters.charAt(end)) >= 0) {
                    points.removeIf(p -> p == end - 1);
                    points.add(end);
                }
            }
        }
    }

    /** The word as units {start, end, vowel?}: single letters, or the letter groups that act as one sound. */
    private static List<int[]> units(String letters) {
        List<int[]> units = new ArrayList<>();
        int i = 0;
        while (i < letters.length()) {
            int length = 1;
            boolean vowel = VOWELS.indexOf(letters.charAt(i)) >= 0;
            for (String group : vowel ? DOUBLE_VOWELS : CONSONANT_UNITS) {
                if (letters.startsWith(group, i)) {
                    length = group.length();
                    break;
                }
            }
            units.add(new int[] {i, i + length, vowel ? 1 : 0});
            i += length;
        }
        return units;
    }

    private static String text(String letters, List<int[]> units, int fromUnit, int toUnit) {
        return letters.substring(units.get(fromUnit)[0], units.get(toUnit - 1)[1]);
    }
}
