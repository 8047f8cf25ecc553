package org.dpatracker.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dpatracker.core.Dates;
import org.dpatracker.core.ui.Chart;
import org.dpatracker.dashboard.Overview;
import org.dpatracker.dashboard.Timeline;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.redflag.RedFlagType;

/**
 * The start page's figures for those who read the register: the score with its trend, red flags by type, the
 * deadline timeline, agreements by status and the worst agreements. Every bar opens the list it counts.
 */
public class DashboardBoard extends Div {

    public DashboardBoard(Overview overview, List<Deadline> deadlines, LocalDate today) {
        addClassName("dashboard");
        setId("dashboard");
        add(
                new ScoreTile(overview),
                tile("dashboard-flags", "dashboard.flags", flagChart(overview.byFlag())),
                tile("dashboard-deadlines", "dashboard.deadlines", timeline(deadlines, today)),
                tile("dashboard-status", "dashboard.status", statusChart(overview.byStatus())),
                new WorstAgreements(overview.worst()));
    }

    private Div tile(String id, String titleKey, Component content) {
        Div tile = new Div(new H3(getTranslation(titleKey)), content);
        tile.setId(id);
        tile.addClassName("dashboard-tile");
        return tile;
    }

    private Chart flagChart(Map<RedFlagType, Integer> byFlag) {
        List<Chart.Item> items = byFlag.entrySet().stream()
                .sorted(Map.Entry.<RedFlagType, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new Chart.Item(
                        getTranslation("redflag.short." + entry.getKey().name()),
                        entry.getValue(),
                        "register?flag=" + entry.getKey().name(),
                        1))
                .toList();
        Chart chart = new Chart(
                Chart.Kind.HORIZONTAL_BAR,
                getTranslation("dashboard.flags.description"),
                getTranslation("dashboard.agreements"),
                items,
                0);
        chart.getStyle().set("--dpa-chart-height", Math.max(8, 2 * items.size()) + "rem");
        return chart;
    }

    private Chart timeline(List<Deadline> deadlines, LocalDate today) {
        DateTimeFormatter day = Dates.formatter(getLocale());
        List<Chart.Item> items = Timeline.windows(today).stream()
                .map(window -> new Chart.Item(
                        window.overdue() ? getTranslation("deadline.overdue") : day.format(window.from()),
                        (int) deadlines.stream().filter(window::contains).count(),
                        window.query(),
                        window.overdue() ? 1 : 0))
                .toList();
        return new Chart(
                Chart.Kind.BAR,
                getTranslation("dashboard.deadlines.description"),
                getTranslation("dashboard.deadlines.series"),
                items,
                0);
    }

    private Chart statusChart(Map<AgreementStatus, Integer> byStatus) {
        List<Chart.Item> items = Arrays.stream(AgreementStatus.values())
                .sorted(Comparator.comparing(AgreementStatus::ordinal))
                .map(status -> new Chart.Item(
                        getTranslation("status." + status.name()),
                        byStatus.getOrDefault(status, 0),
                        "register?status=" + status.name(),
                        status == AgreementStatus.SIGNED ? 3 : status == AgreementStatus.TERMINATED ? 0 : 2))
                .toList();
        return new Chart(
                Chart.Kind.BAR,
                getTranslation("dashboard.status.description"),
                getTranslation("dashboard.agreements"),
                items,
                0);
    }
}
