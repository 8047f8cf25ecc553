package org.dpatracker.clause;

import java.util.List;

/**
 * The pages of a document's text. {@code pagesEstimated} says that the file holds no page breaks (a Word
 * document without them), so that the "pages" are blocks of paragraphs and a page number only locates the
 * passage roughly.
 */
public record ExtractedText(List<PageText> pages, boolean pagesEstimated) {

    public ExtractedText {
        pages = List.copyOf(pages);
    }

    public PageText page(int number) {
        return pages.stream()
                .filter(p -> p.number() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No page " + number));
    }
}
