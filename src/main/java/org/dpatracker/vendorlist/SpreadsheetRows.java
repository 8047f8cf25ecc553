package org.dpatracker.vendorlist;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dpatracker.core.SpreadsheetCells;

/** The rows of the first sheet of an XLSX file, numbered as the spreadsheet program numbers them. */
final class SpreadsheetRows {

    private SpreadsheetRows() {}

    static List<TableRow> rows(InputStream archive) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(archive)) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = row.getCellText(i);
                    cells.add(text == null ? "" : SpreadsheetCells.restored(text));
                }
                rows.add(new TableRow(row.getRowNum(), cells));
            }
        }
        return rows;
    }
}
