package org.dpatracker.evidence;

import java.util.Locale;

/** A file size for people: bytes, KB or MB (of 1024), with one decimal where it matters. */
public final class FileSizes {

    private FileSizes() {}

    public static String format(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.0f KB", bytes / 1024.0);
        }
        double mb = bytes / (1024.0 * 1024);
        return String.format(locale, mb < 10 ? "%.1f MB" : "%.0f MB", mb);
    }
}
