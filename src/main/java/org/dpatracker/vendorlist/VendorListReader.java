package org.dpatracker.vendorlist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpatracker.processor.exchange.ImportLimits;
import org.dpatracker.processor.exchange.ImportProblem;
import org.dpatracker.processor.exchange.ImportRefusedException;

/**
 * A vendor's sub-processor list as entries, all or nothing: the header row (within the first rows, after
 * any heading copied with the table) must name the sub-processor, and every row below must have a name.
 * Files obey the register import's limits: 10 MB, CSV in UTF-8, XLSX expanding to a bounded size.
 */
final class VendorListReader {

    private static final int HEADER_SEARCH_ROWS = 10;

    private VendorListReader() {}

    static List<VendorListEntry> read(VendorListInput input) {
        return entries(rows(input));
    }

    private static List<TableRow> rows(VendorListInput input) {
        if (!input.isFile()) {
            String text = input.text() == null ? "" : input.text();
            if (text.getBytes(StandardCharsets.UTF_8).length > ImportLimits.MAX_FILE_BYTES) {
                throw refused("0", "import.too-large", ImportLimits.MAX_FILE_BYTES / (1024 * 1024));
            }
            return HtmlTables.looksLikeHtml(text) ? HtmlTables.rows(text) : DelimitedText.rows(text);
        }
        if (input.content().length > ImportLimits.MAX_FILE_BYTES) {
            throw refused("0", "import.too-large", ImportLimits.MAX_FILE_BYTES / (1024 * 1024));
        }
        String name = input.fileName() == null ? "" : input.fileName().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return SpreadsheetRows.rows(ImportLimits.checkedArchive(input.content()));
            }
            if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
                return DelimitedText.rows(utf8(input.content()));
            }
        } catch (CharacterCodingException notUtf8) {
            throw refused("0", "import.not-utf8");
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw refused("0", "import.unreadable", String.valueOf(unreadable.getMessage()));
        }
        throw refused("0", "vendorlist.unknown-format", String.valueOf(input.fileName()));
    }

    private static String utf8(byte[] content) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content))
                .toString();
    }

    private static List<VendorListEntry> entries(List<TableRow> all) {
        List<TableRow> rows = all.stream().filter(row -> !row.isBlank()).toList();
        if (rows.isEmpty()) {
            throw refused("0", "vendorlist.empty");
        }
        int headerAt = -1;
        ListColumns columns = null;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            Optional<ListColumns> found = ListColumns.of(rows.get(i).cells());
            if (found.isPresent() && (columns == null || found.get().strength() > columns.strength())) {
                columns = found.get();
                headerAt = i;
            }
        }
        if (columns == null) {
            throw refused(String.valueOf(rows.getFirst().line()), "vendorlist.no-name-column");
        }
        List<VendorListEntry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (TableRow row : rows.subList(headerAt + 1, rows.size())) {
            String name = row.cell(columns.name()).replace('\n', ' ');
            if (name.isBlank()) {
                problems.add(problem(String.valueOf(row.line()), "vendorlist.no-name"));
                continue;
            }
            String location = row.cell(columns.location());
            entries.add(new VendorListEntry(
                    row.line(),
                    name,
                    row.cell(columns.purpose()).replace('\n', ' '),
                    location.replace("\n", ", "),
                    CountryNames.in(location)));
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        if (entries.isEmpty()) {
            throw refused(String.valueOf(rows.get(headerAt).line()), "vendorlist.empty");
        }
        return entries;
    }

    private static ImportRefusedException refused(String line, String key, Object... arguments) {
        return new ImportRefusedException(List.of(problem(line, key, arguments)));
    }

    private static ImportProblem problem(String line, String key, Object... arguments) {
        return new ImportProblem(line, "", key, List.of(arguments));
    }
}
