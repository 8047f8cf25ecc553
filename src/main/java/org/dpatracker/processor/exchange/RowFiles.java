package org.dpatracker.processor.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dpatracker.core.SpreadsheetCells;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@link RegisterRow}s as CSV, XLSX and JSON, keeping where each row stood in the file. */
final class RowFiles {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RowFiles() {}

    static List<SourceRow> read(ExchangeFormat format, InputStream in) {
        try {
            byte[] content = ImportLimits.read(in);
            return switch (format) {
                case CSV ->
                    readCsv(new InputStreamReader(
                            new ByteArrayInputStream(content),
                            StandardCharsets.UTF_8
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
                case XLSX -> readXlsx(ImportLimits.checkedArchive(content));
                case JSON -> readJson(new ByteArrayInputStream(content));
            };
        } catch (CharacterCodingException notUtf8) {
            throw new ImportRefusedException(List.of(new ImportProblem("", "", "import.not-utf8", List.of())));
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw new ImportRefusedException(List.of(
                    new ImportProblem("", "", "import.unreadable", List.of(String.valueOf(unreadable.getMessage())))));
        }
    }

    static byte[] write(ExchangeFormat format, List<RegisterRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (format) {
                case CSV -> {
                    // A byte order mark lets spreadsheet programs read the file as UTF-8.
                    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                            CSVPrinter printer = CSVFormat.DEFAULT
                                    .builder()
                                    .setHeader(RegisterRow.COLUMNS.toArray(String[]::new))
                                    .get()
                                    .print(writer)) {
                        for (RegisterRow row : rows) {
                            printer.printRecord(row.values().stream()
                                    .map(SpreadsheetCells::neutralised)
                                    .toList());
                        }
                    }
                }
                case XLSX -> writeXlsx(out, rows);
                case JSON ->
                    JSON.writeValue(out, rows.stream().map(RowFiles::asMap).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<SourceRow> readCsv(Reader reader) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(skipBom(reader))) {
            checkHeader(parser.getHeaderNames(), "1");
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>();
                RegisterRow.COLUMNS.forEach(column -> values.add(
                        record.isMapped(column) && record.isSet(column)
                                ? SpreadsheetCells.restored(record.get(column))
                                : null));
                rows.add(new SourceRow(String.valueOf(record.getRecordNumber() + 1), RegisterRow.of(values)));
            }
        }
        return rows;
    }

    private static Reader skipBom(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static List<SourceRow> readXlsx(InputStream in) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> sheet = workbook.getFirstSheet().read();
            if (sheet.isEmpty()) {
                throw new ImportRefusedException(List.of(new ImportProblem("1", "", "import.no-header", List.of())));
            }
            List<String> header = new ArrayList<>();
            sheet.getFirst()
                    .forEach(cell ->
                            header.add(cell == null ? "" : cell.getText().trim()));
            checkHeader(header, "1");
            for (Row row : sheet.subList(1, sheet.size())) {
                List<String> values = new ArrayList<>();
                for (String column : RegisterRow.COLUMNS) {
                    int index = header.indexOf(column);
                    values.add(index < 0 ? null : SpreadsheetCells.restored(row.getCellText(index)));
                }
                if (values.stream().anyMatch(value -> value != null && !value.isBlank())) {
                    rows.add(new SourceRow(String.valueOf(row.getRowNum()), RegisterRow.of(values)));
                }
            }
        }
        return rows;
    }

    private static List<SourceRow> readJson(InputStream in) {
        List<Map<String, Object>> items = JSON.readValue(in, new TypeReference<>() {});
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            for (String key : item.keySet()) {
                if (!RegisterRow.COLUMNS.contains(key)) {
                    throw new ImportRefusedException(
                            List.of(new ImportProblem("item " + (i + 1), key, "import.unknown-column", List.of(key))));
                }
            }
            List<String> values = RegisterRow.COLUMNS.stream()
                    .map(column -> item.get(column) == null ? null : String.valueOf(item.get(column)))
                    .toList();
            rows.add(new SourceRow("item " + (i + 1), RegisterRow.of(values)));
        }
        return rows;
    }

    private static void checkHeader(List<String> header, String line) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String column : header) {
            if (!column.isBlank() && !RegisterRow.COLUMNS.contains(column)) {
                problems.add(new ImportProblem(line, column, "import.unknown-column", List.of(column)));
            }
        }
        for (String required : List.of("agreement_ref", "controller", "processor")) {
            if (!header.contains(required)) {
                problems.add(new ImportProblem(line, required, "import.missing-column", List.of(required)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
    }

    private static void writeXlsx(ByteArrayOutputStream out, List<RegisterRow> rows) throws IOException {
        Workbook workbook = new Workbook(out, "DPA Tracker", "1.0");
        Worksheet sheet = workbook.newWorksheet("register");
        for (int column = 0; column < RegisterRow.COLUMNS.size(); column++) {
            sheet.value(0, column, RegisterRow.COLUMNS.get(column));
            sheet.style(0, column).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> values = rows.get(r).values();
            for (int column = 0; column < values.size(); column++) {
                if (values.get(column) != null) {
                    sheet.value(r + 1, column, SpreadsheetCells.neutralised(values.get(column)));
                }
            }
        }
        workbook.finish();
    }

    private static Map<String, String> asMap(RegisterRow row) {
        Map<String, String> map = new LinkedHashMap<>();
        List<String> values = row.values();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                map.put(RegisterRow.COLUMNS.get(i), values.get(i));
            }
        }
        return map;
    }
}
