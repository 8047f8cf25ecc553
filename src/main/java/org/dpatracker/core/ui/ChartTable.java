package org.dpatracker.core.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A chart's values as a table, folded under the chart: for screen readers, keyboards and exact figures. */
class ChartTable extends NativeDetails {

    ChartTable(String summary, String series, List<Chart.Item> items) {
        super(summary);
        addClassName("chart-table");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(""), new NativeTableHeaderCell(series));
        NativeTableBody body = new NativeTableBody();
        for (Chart.Item item : items) {
            NativeTableCell label = new NativeTableCell(
                    item.link() == null ? new Span(item.label()) : new Anchor(item.link(), item.label()));
            body.add(new NativeTableRow(label, new NativeTableCell(String.valueOf(item.value()))));
        }
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        setContent(new NativeTable(header, body));
    }
}
