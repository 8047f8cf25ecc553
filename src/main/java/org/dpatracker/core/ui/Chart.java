package org.dpatracker.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar or line chart drawn in the browser by the bundled Chart.js (MIT licence), from JSON the server sends.
 * Every item links the list behind it: a click on a bar opens it, and the table under the chart, the
 * accessible alternative, links it too. Labels come translated from the server.
 */
@Tag("dpa-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./components/dpa-chart.js")
public class Chart extends Component implements HasComponents, HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How the values are drawn. */
    public enum Kind {
        BAR,
        HORIZONTAL_BAR,
        LINE
    }

    /** One bar or point: its label, value, the address of its list ({@code null}: none) and colour (0–3). */
    public record Item(String label, int value, String link, int tone) {

        public Item(String label, int value, String link) {
            this(label, value, link, 0);
        }
    }

    private final List<Item> items;

    /**
     * @param description what the chart shows, read out by screen readers
     * @param series what a value counts, shown in the tooltip and the table's header
     * @param max the value axis' top, {@code 0} for automatic
     */
    public Chart(Kind kind, String description, String series, List<Item> items, int max) {
        this.items = List.copyOf(items);
        getElement().setAttribute("label", description);
        getElement()
                .setAttribute(
                        "config",
                        JSON.writeValueAsString(Map.of(
                                "type",
                                kind == Kind.LINE ? "line" : "bar",
                                "horizontal",
                                kind == Kind.HORIZONTAL_BAR,
                                "series",
                                series,
                                "max",
                                max,
                                "labels",
                                items.stream().map(Item::label).toList(),
                                "values",
                                items.stream().map(Item::value).toList(),
                                "tones",
                                items.stream().map(Item::tone).toList(),
                                "keys",
                                items.stream()
                                        .map(item -> item.link() == null ? "" : item.link())
                                        .toList())));
        getElement()
                .addEventListener(
                        "dpa-chart-click",
                        event -> open(
                                event.getEventData().get("event.detail.key").asString()))
                .addEventData("event.detail.key");
        add(new ChartTable(getTranslation("chart.table"), series, this.items));
    }

    public List<Item> items() {
        return items;
    }

    private void open(String link) {
        if (link == null || link.isBlank() || items.stream().noneMatch(item -> link.equals(item.link()))) {
            return;
        }
        int query = link.indexOf('?');
        getUI().ifPresent(ui -> ui.navigate(
                query < 0 ? link : link.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(link.substring(query + 1))));
    }
}
