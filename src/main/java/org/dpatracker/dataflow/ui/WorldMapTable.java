package org.dpatracker.dataflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dpatracker.dataflow.CountryTransfers;
import org.dpatracker.transfer.Countries;

/** The map's figures as a table, folded under it: for screen readers, keyboards and exact numbers. */
class WorldMapTable extends NativeDetails {

    private final Consumer<String> onChoose;
    private final NativeTableBody body = new NativeTableBody();

    WorldMapTable(Consumer<String> onChoose) {
        setSummaryText(getTranslation("map.table"));
        this.onChoose = onChoose;
        addClassName("chart-table");
        setId("world-map-table");
        NativeTableHeader header = new NativeTableHeader();
        header.add(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("map.country")),
                new NativeTableHeaderCell(getTranslation("map.category")),
                new NativeTableHeaderCell(getTranslation("map.recipients"))));
        setContent(new NativeTable(header, body));
    }

    void show(List<CountryTransfers> countries, Locale locale) {
        body.removeAll();
        countries.stream()
                .sorted(Comparator.comparing(CountryTransfers::recipients)
                        .reversed()
                        .thenComparing(CountryTransfers::country))
                .forEach(country -> {
                    Button choose = new Button(
                            Countries.name(country.country(), locale), click -> onChoose.accept(country.country()));
                    choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    NativeTableRow row = new NativeTableRow(
                            new NativeTableCell(choose),
                            new NativeTableCell(getTranslation(
                                    "map.category." + country.category().name())),
                            new NativeTableCell(String.valueOf(country.recipients())));
                    row.getElement().setAttribute("data-country", country.country());
                    body.add(row);
                });
    }
}
