package org.dpatracker.dataflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.dpatracker.dataflow.CountryTransfers;
import org.dpatracker.dataflow.TransferCategory;
import org.dpatracker.transfer.Countries;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where data goes, on a world map drawn in the browser from the bundled Natural Earth outlines (world-atlas,
 * public domain; projected by d3-geo): nothing is fetched at run time. Each country is coloured by its
 * category; the legend and the table under the map say the same in words and figures. A click on a
 * country, on the map or in the table, hands its code to {@code onChoose}.
 */
@Tag("dpa-world-map")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "d3-geo", version = "3.1.2")
@JsModule("./components/dpa-world-map.js")
class WorldMap extends Component implements HasComponents, HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WorldMapTable table;
    private List<CountryTransfers> countries = List.of();

    WorldMap(Consumer<String> onChoose) {
        setId("world-map");
        getElement().setAttribute("label", getTranslation("map.label"));
        getElement()
                .addEventListener(
                        "dpa-map-click",
                        event -> onChoose.accept(
                                event.getEventData().get("event.detail.country").asString()))
                .addEventData("event.detail.country");
        Div legend = new Div();
        legend.addClassName("world-map-legend");
        for (TransferCategory category : TransferCategory.values()) {
            Span entry = new Span(getTranslation("map.category." + category.name()));
            entry.addClassName(category.styleName());
            legend.add(entry);
        }
        Span neutral = new Span(getTranslation("map.category.neutral"));
        neutral.addClassName("neutral");
        legend.add(neutral);
        table = new WorldMapTable(onChoose);
        add(legend, table);
    }

    /** Colours the countries and fills the table; {@code selected} is outlined ({@code null}: none). */
    void show(List<CountryTransfers> countries, String selected) {
        this.countries = List.copyOf(countries);
        Locale locale = getLocale();
        Map<String, Object> coloured = new LinkedHashMap<>();
        for (CountryTransfers country : countries) {
            coloured.put(
                    country.country(),
                    Map.of("category", country.category().styleName(), "title", title(country, locale)));
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            names.put(code, Countries.name(code, locale) + ": " + getTranslation("map.category.neutral"));
        }
        getElement().setAttribute("data", JSON.writeValueAsString(Map.of("countries", coloured, "names", names)));
        getElement().setAttribute("selected", selected == null ? "" : selected);
        table.show(
                countries.stream().filter(country -> country.recipients() > 0).toList(), locale);
    }

    /** The countries as coloured now: for tests and the table. */
    List<CountryTransfers> countries() {
        return countries;
    }

    private String title(CountryTransfers country, Locale locale) {
        return getTranslation(
                "map.title",
                Countries.name(country.country(), locale),
                getTranslation("map.category." + country.category().name()),
                country.recipients());
    }
}
