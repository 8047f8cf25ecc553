package org.dpatracker.dataflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.dpatracker.transfer.Countries;

/** A bar per country: how many recipients process our data there; third countries stand out. */
class CountryChart extends Div {

    CountryChart() {
        addClassName("country-chart");
        setId("country-chart");
    }

    /** @param counts how many recipients process data in each country */
    void show(Map<String, Integer> counts) {
        removeAll();
        add(new H3(getTranslation("recipients.chart")));
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> add(bar(entry.getKey(), entry.getValue(), max)));
    }

    private Div bar(String country, int count, int max) {
        Span label = new Span(Countries.name(country, UI.getCurrent().getLocale()));
        label.addClassName("country-chart-label");
        Div fill = new Div();
        fill.addClassName("country-chart-fill");
        if (!Countries.isInEea(country)) {
            fill.addClassName("third-country");
        }
        fill.setWidth(Math.max(4, 100 * count / max) + "%");
        Div track = new Div(fill);
        track.addClassName("country-chart-track");
        Span value = new Span(String.valueOf(count));
        value.addClassName("country-chart-value");
        Div row = new Div(label, track, value);
        row.addClassName("country-chart-row");
        row.getElement().setAttribute("data-country", country);
        return row;
    }
}
