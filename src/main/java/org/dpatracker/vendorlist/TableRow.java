package org.dpatracker.vendorlist;

import java.util.List;

/** One row of a vendor's list as read, before its columns are known, with where it stood (line or table row). */
record TableRow(int line, List<String> cells) {

    TableRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index).trim();
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
