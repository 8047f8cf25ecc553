package org.dpatracker.vendorlist;

import java.util.List;

/** One row of a vendor's list as read, before its columns are known, with where it stood (line or table row). */
record TableRow(int line, List<String> cells) {

    TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell's text, each run of whitespace as one space, or as one line break where it holds one. */
    String cell(int index) {
        return index < 0 || index >= cells.size() ? "" : collapsed(cells.get(index));
    }

    /** In one pass rather than with a pattern, which would backtrack over long runs of whitespace. */
    private static String collapsed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        boolean lineBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                inRun = true;
                lineBreak |= c == '\n';
                continue;
            }
            if (inRun && !out.isEmpty()) {
                out.append(lineBreak ? '\n' : ' ');
            }
            inRun = false;
            lineBreak = false;
            out.append(c);
        }
        return out.toString();
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
