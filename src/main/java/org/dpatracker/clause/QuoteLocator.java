package org.dpatracker.clause;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Where a quoted sentence stands in the page text, whatever line breaks and spaces the page has between its words. */
public final class QuoteLocator {

    /** The start (inclusive) and end (exclusive) of the quote in the page text. */
    public record Range(int start, int end) {}

    private QuoteLocator() {}

    public static Optional<Range> locate(String pageText, String quote) {
        String[] words = quote.strip().split("\\s+");
        if (quote.isBlank()) {
            return Optional.empty();
        }
        Pattern pattern =
                Pattern.compile(Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("\\s+")));
        Matcher match = pattern.matcher(pageText);
        return match.find() ? Optional.of(new Range(match.start(), match.end())) : Optional.empty();
    }
}
