package org.dpatracker.dataflow;

/** Narrows the recipients overview: a name, a country data goes to, only third countries, only flagged ones. */
public record RecipientFilter(String text, String country, boolean outsideEeaOnly, boolean flaggedOnly) {

    public static RecipientFilter all() {
        return new RecipientFilter(null, null, false, false);
    }

    /** Whether the filter lets every recipient through. */
    public boolean isEmpty() {
        return (text == null || text.isBlank()) && country == null && !outsideEeaOnly && !flaggedOnly;
    }
}
