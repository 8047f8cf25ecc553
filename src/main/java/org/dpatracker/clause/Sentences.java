package org.dpatracker.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a page into sentences, each with its whitespace collapsed: at a full stop, question mark, exclamation
 * mark, colon or semicolon followed by an upper-case letter, a quote, a bracket or a paragraph number, at a
 * blank line, after a heading (a short line without closing punctuation) and before a numbered paragraph
 * ("(2)", "2)", "2.1") that starts a line, but not after the abbreviations contracts use ("Art.", "e.g.").
 */
final class Sentences {

    private static final Pattern BREAK = Pattern.compile(
            "(?<=[.!?;:])\\s+(?=[\\p{Lu}„“\"(]|\\d{1,2}\\))"
                    + "|\\n\\s*\\n"
                    + "|\\n(?=\\s*(\\(\\d{1,2}\\)|\\d{1,2}\\)|\\d{1,2}\\.\\d{0,2}\\s|•|[a-h]\\)|§\\s*\\d|Section \\d|Clause \\d))");
    private static final Pattern INITIALS = Pattern.compile("\\p{L}{1,2}\\.(\\p{L}{1,2}\\.)*");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "art.", "no.", "nr.", "para.", "lit.", "abs.", "bzw.", "ff.", "vgl.", "sec.", "ca.", "etc.", "inkl.",
            "gem.", "vs.", "cf.", "inc.", "ltd.", "corp.", "approx.");
    private static final int HEADING_LENGTH = 70;

    private Sentences() {}

    static List<String> of(String page) {
        String text = markHeadings(page);
        List<String> sentences = new ArrayList<>();
        Matcher breaks = BREAK.matcher(text);
        int start = 0;
        while (breaks.find()) {
            if (breaks.group().contains("\n") || !afterAbbreviation(text, breaks.start())) {
                add(sentences, text.substring(start, breaks.start()));
                start = breaks.end();
            }
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    /** The text with every run of whitespace turned into one space, as sentences are quoted. */
    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** A blank line after each heading, so that a heading does not run into the sentence after it. */
    private static String markHeadings(String page) {
        String[] lines = page.split("\\R", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            out.append(lines[i]).append('\n');
            if (!line.isEmpty() && line.length() < HEADING_LENGTH && !line.matches(".*[.,;:\\-–(]$")) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean afterAbbreviation(String text, int end) {
        int from = end;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        String word = text.substring(from, end).toLowerCase(Locale.ROOT);
        String last = word.substring(word.lastIndexOf('-') + 1);
        return ABBREVIATIONS.contains(word) || INITIALS.matcher(last).matches();
    }

    private static void add(List<String> sentences, String text) {
        String sentence = collapse(text);
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
    }
}
