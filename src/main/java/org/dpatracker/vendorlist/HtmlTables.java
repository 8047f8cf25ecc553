package org.dpatracker.vendorlist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of the first table in HTML copied from a web page. Tolerant as browsers are: cells and rows
 * may be left unclosed, attributes and other markup are ignored, line breaks inside a cell separate its
 * parts. Rows are numbered from 1 in the order they appear.
 */
final class HtmlTables {

    /** A tag ends at its {@code >}; one left open ends before the next {@code <}, so no match scans the rest. */
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>?");

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

    private HtmlTables() {}

    static boolean looksLikeHtml(String text) {
        return Pattern.compile("<\\s*(table|tr)[\\s>]", Pattern.CASE_INSENSITIVE)
                .matcher(text)
                .find();
    }

    static List<TableRow> rows(String page) {
        String html = withoutComments(page);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        StringBuilder cell = null;
        boolean skipping = false;
        int at = 0;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            if (cell != null && !skipping) {
                sourceText(cell, html, at, tag.start());
            }
            at = tag.end();
            String name = tag.group(2) == null ? "" : tag.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean closing = "/".equals(tag.group(1));
            switch (name) {
                case "script", "style" -> skipping = !closing;
                case "tr" -> {
                    finish(row, cell);
                    cell = null;
                    add(rows, row);
                    row = closing ? null : new ArrayList<>();
                }
                case "td", "th" -> {
                    finish(row, cell);
                    cell = closing || row == null ? null : new StringBuilder();
                }
                case "table" -> {
                    if (closing && !rows.isEmpty()) {
                        finish(row, cell);
                        add(rows, row);
                        return numbered(rows);
                    }
                }
                case "br", "p", "li", "div" -> {
                    if (cell != null) {
                        cell.append('\n');
                    }
                }
                default -> {}
            }
        }
        if (cell != null && !skipping) {
            sourceText(cell, html, at, html.length());
        }
        finish(row, cell);
        add(rows, row);
        return numbered(rows);
    }

    /** Comments removed in one pass; one left open runs to the end. */
    private static String withoutComments(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        for (int start = html.indexOf("<!--"); start >= 0; start = html.indexOf("<!--", from)) {
            out.append(html, from, start);
            int end = html.indexOf("-->", start + 4);
            from = end < 0 ? html.length() : end + 3;
        }
        return out.append(html, Math.min(from, html.length()), html.length()).toString();
    }

    /** Line breaks in the page's source are spaces, as in a browser; only tags such as br break a cell's lines. */
    private static void sourceText(StringBuilder cell, String html, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            cell.append(c == '\n' || c == '\r' ? ' ' : c);
        }
    }

    private static void finish(List<String> row, StringBuilder cell) {
        if (row != null && cell != null) {
            row.add(text(cell.toString()));
        }
    }

    private static void add(List<List<String>> rows, List<String> row) {
        if (row != null && !row.isEmpty()) {
            rows.add(row);
        }
    }

    private static List<TableRow> numbered(List<List<String>> rows) {
        List<TableRow> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new TableRow(i + 1, rows.get(i)));
        }
        return numbered;
    }

    /** The cell's text with entities decoded; {@link TableRow#cell} collapses its whitespace. */
    private static String text(String raw) {
        Matcher entity = ENTITY.matcher(raw);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(decode(entity.group(1), entity.group())));
        }
        entity.appendTail(decoded);
        return decoded.toString().strip();
    }

    private static String decode(String entity, String original) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Character.toString(Integer.parseInt(entity.substring(2), 16));
            }
            if (entity.startsWith("#")) {
                return Character.toString(Integer.parseInt(entity.substring(1)));
            }
        } catch (IllegalArgumentException notACharacter) {
            return original;
        }
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "auml" -> "ä";
            case "ouml" -> "ö";
            case "uuml" -> "ü";
            case "Auml" -> "Ä";
            case "Ouml" -> "Ö";
            case "Uuml" -> "Ü";
            case "szlig" -> "ß";
            default -> original;
        };
    }
}
