package org.dpatracker.publication.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dpatracker.core.Dates;
import org.dpatracker.publication.ListVersion;

/** The versions published so far, newest first, and how many confirmed subscribers receive the next. */
class VersionHistory extends VerticalLayout {

    VersionHistory(List<ListVersion> versions, int subscribers) {
        setPadding(false);
        DateTimeFormatter date = Dates.formatter(getLocale());
        Grid<ListVersion> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ListVersion::number)
                .setHeader(getTranslation("publist.view.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> v.publishedAt().atZone(ZoneOffset.UTC).toLocalDate().format(date))
                .setHeader(getTranslation("publist.view.published-on"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> v.effectiveOn().format(date))
                .setHeader(getTranslation("publist.view.effective-on"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ListVersion::summary)
                .setHeader(getTranslation("publist.view.summary"))
                .setFlexGrow(1);
        grid.setItems(versions);
        add(
                new H3(getTranslation("publist.view.versions")),
                new Paragraph(getTranslation("publist.view.subscribers", subscribers)),
                grid);
    }
}
