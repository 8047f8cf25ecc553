package org.dpatracker.core;

/** How entered text is stored: trimmed, and nothing at all where only blanks were entered. */
public final class Strings {

    private Strings() {}

    /** The text without surrounding blanks; null when it is null or blank. */
    public static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
