package org.dpatracker.clause;

import org.dpatracker.evidence.Document;

/** Where a filled value comes from, as the register entry's clause reference shows it: the document and its page. */
final class SourceReference {

    private static final int MAX = 200;

    private SourceReference() {}

    static String of(Document document, int page) {
        String suffix = ", p. " + page + " (document " + document.id() + ", v" + document.version() + ")";
        String title = document.title();
        if (title.length() + suffix.length() > MAX) {
            title = title.substring(0, MAX - suffix.length() - 1) + "…";
        }
        return title + suffix;
    }

    static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
