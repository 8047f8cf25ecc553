package org.dpatracker.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dpatracker.core.Dates;
import org.dpatracker.core.ui.Chart;
import org.dpatracker.dashboard.Overview;
import org.dpatracker.dashboard.Snapshot;

/** The overall compliance score and, under it, its daily trend over the last 90 days. */
class ScoreTile extends Div {

    ScoreTile(Overview overview) {
        setId("dashboard-score");
        addClassName("dashboard-tile");
        Span score = new Span(overview.score() == null ? "–" : String.valueOf(overview.score()));
        score.setId("dashboard-score-value");
        score.addClassName("dashboard-score-value");
        add(
                new H3(getTranslation("dashboard.score")),
                new Div(score, new Span(" / 100")),
                new Paragraph(getTranslation("dashboard.score.over", overview.inForce())));
        List<Snapshot> days = overview.trend().stream()
                .filter(snapshot -> snapshot.score() != null)
                .toList();
        DateTimeFormatter day = Dates.formatter(getLocale());
        Chart trend = new Chart(
                Chart.Kind.LINE,
                getTranslation("dashboard.trend.description", days.size()),
                getTranslation("dashboard.score"),
                days.stream()
                        .map(snapshot -> new Chart.Item(day.format(snapshot.day()), snapshot.score(), null))
                        .toList(),
                100);
        trend.setId("dashboard-trend");
        add(new Paragraph(getTranslation("dashboard.trend")), trend);
    }
}
