package org.dpatracker.vendorlist;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of tab-separated text (what a browser or spreadsheet puts on the clipboard for a copied table) or
 * of CSV with commas or semicolons (what German spreadsheet programs write), told apart by the first line.
 */
final class DelimitedText {

    private DelimitedText() {}

    static List<TableRow> rows(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiterOf(content))
                .setIgnoreEmptyLines(true)
                .get();
        List<TableRow> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(content))) {
            long line = 1;
            for (CSVRecord record : parser) {
                rows.add(new TableRow((int) line, record.toList()));
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static char delimiterOf(String text) {
        // Not the first line alone: a heading copied above the table has no delimiter.
        if (text.indexOf('\t') >= 0) {
            return '\t';
        }
        String start = text.strip().lines().limit(10).collect(java.util.stream.Collectors.joining("\n"));
        return count(start, ';') > count(start, ',') ? ';' : ',';
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
