package org.dpatracker.publication.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpatracker.core.Dates;
import org.dpatracker.publication.Draft;
import org.dpatracker.publication.ListEntry;
import org.dpatracker.publication.PublishedField;
import org.dpatracker.transfer.Countries;

/** The next version as visitors would see it, with only the chosen fields, and what it changes. */
class DraftPreview extends VerticalLayout {

    DraftPreview(Draft draft, Set<PublishedField> fields) {
        setPadding(false);
        Grid<ListEntry> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("draft-preview");
        fields.stream()
                .sorted()
                .forEach(field -> grid.addColumn(entry -> cell(entry, field))
                        .setHeader(getTranslation("publist.field." + field.key()))
                        .setFlexGrow(field == PublishedField.PURPOSE ? 2 : 1));
        grid.setItems(draft.entries());
        String changes = draft.last()
                .map(last -> getTranslation("publist.view.changes-since", last.number()) + " "
                        + draft.diff().summary(this::getTranslation).replace("\n", " · "))
                .orElse(getTranslation("publist.view.first-version"));
        add(new H3(getTranslation("publist.view.preview")), new Paragraph(changes), grid);
    }

    private String cell(ListEntry entry, PublishedField field) {
        return switch (field) {
            case NAME -> entry.name();
            case PURPOSE -> entry.purpose();
            case COUNTRIES ->
                entry.countries().stream()
                        .map(c -> Countries.name(c, getLocale()))
                        .collect(Collectors.joining(", "));
            case SINCE -> entry.since() == null ? "" : entry.since().format(Dates.formatter(getLocale()));
            case WEBSITE -> entry.website();
            case TRANSFERS ->
                entry.transfers().stream()
                        .map(m -> getTranslation("mechanism." + m))
                        .collect(Collectors.joining(", "));
        };
    }
}
