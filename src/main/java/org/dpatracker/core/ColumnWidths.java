package org.dpatracker.core;

import java.util.Map;

/** Where the lists keep the column widths the signed-in user set, per list and column. */
public interface ColumnWidths {

    /** The widths the signed-in user set in that list, by column key. */
    Map<String, String> widths(String gridId);

    /** Remembers a width the signed-in user dragged a column to, such as {@code 240px}. */
    void remember(String gridId, String columnKey, String width);
}
