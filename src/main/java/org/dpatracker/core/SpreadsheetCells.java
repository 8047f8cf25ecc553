package org.dpatracker.core;

/**
 * Cell values in CSV and XLSX files that spreadsheet programs would run as formulas. OWASP's rule: a value
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a leading
 * apostrophe, so that it is shown as text. A value that itself starts with an apostrophe before one of those (or
 * before another apostrophe) gets one more, so that reading the file back gives every value exactly as it was.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** The value as written to a file. */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return triggers(value.charAt(0)) || escapedAt(value) ? "'" + value : value;
    }

    /** The value as it was before {@link #neutralised}; a value typed by hand without the apostrophe stays. */
    public static String restored(String value) {
        return value != null && escapedAt(value) ? value.substring(1) : value;
    }

    private static boolean escapedAt(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && (triggers(value.charAt(1)) || value.charAt(1) == '\'');
    }

    private static boolean triggers(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
