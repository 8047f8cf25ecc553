package org.dpatracker.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.dpatracker.core.ui.Chart;
import org.dpatracker.shell.ui.HomeView;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;

/** Each figure of the start page counts exactly what the list it opens shows, and each role sees its own page. */
@H2Test
class DashboardViewTest extends BrowserlessTest {

    @Test
    void eachRedFlagBarCountsTheAgreementsTheRegisterListsForThatFlag() {
        login("dpo");
        List<Chart.Item> bars = figure("dashboard-flags");
        assertThat(bars).isNotEmpty().allSatisfy(bar -> assertThat(bar.link()).startsWith("register?flag="));
        for (Chart.Item bar : bars) {
            assertThat(listed(bar, "register-grid")).as(bar.label()).isEqualTo(bar.value());
        }
    }

    @Test
    void eachStatusBarCountsTheAgreementsTheRegisterListsWithThatStatus() {
        login("dpo");
        List<Chart.Item> bars = figure("dashboard-status");
        assertThat(bars)
                .extracting(Chart.Item::value)
                .anySatisfy(value -> assertThat(value).isPositive());
        for (Chart.Item bar : bars) {
            assertThat(listed(bar, "register-grid")).as(bar.label()).isEqualTo(bar.value());
        }
    }

    @Test
    void eachTimelineBarCountsTheDeadlinesTheDeadlineListShowsForThatWeek() {
        login("auditor");
        List<Chart.Item> bars = figure("dashboard-deadlines");
        assertThat(bars).hasSize(14);
        assertThat(bars.getFirst().link()).isEqualTo("deadlines?overdue=true");
        assertThat(bars)
                .extracting(Chart.Item::value)
                .anySatisfy(value -> assertThat(value).isPositive());
        for (Chart.Item bar : bars) {
            assertThat(listed(bar, "deadlines-grid")).as(bar.label()).isEqualTo(bar.value());
        }
    }

    @Test
    void theDpoIsToldTheNextStepWhileTheAuditorAndTheManagerSeeTheGap() {
        login("dpo");
        assertThat(nextSteps()).isNotEmpty().allSatisfy(text -> assertThat(text).startsWith("Next:"));
        logout();
        login("auditor");
        assertThat(nextSteps())
                .isNotEmpty()
                .noneSatisfy(text -> assertThat(text).startsWith("Next:"));
        logout();
        login("manager");
        assertThat(nextSteps())
                .isNotEmpty()
                .noneSatisfy(text -> assertThat(text).startsWith("Next:"));
    }

    @Test
    void theAuditorSeesTheChangesAwaitingADecisionAsSomeoneElsesDecision() {
        login("auditor");
        assertThat(noticeHeading()).startsWith("Subprocessor changes awaiting a decision by the DPO or a manager:");
        logout();
        login("manager");
        assertThat(noticeHeading()).startsWith("Subprocessor changes awaiting a decision:");
    }

    @Test
    void theAdministratorWhoCannotReadTheRegisterGetsNoFigures() {
        login("admin");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(Div.class, spec -> spec.withId("dashboard"))).isEmpty();
        assertThat(_find(Chart.class)).isEmpty();
    }

    private static List<Chart.Item> figure(String id) {
        UI.getCurrent().navigate(HomeView.class);
        return _get(_get(Div.class, spec -> spec.withId(id)), Chart.class).items();
    }

    /** Opens the bar's list as a click on it would, and counts its rows. */
    private static int listed(Chart.Item bar, String gridId) {
        int query = bar.link().indexOf('?');
        UI.getCurrent()
                .navigate(
                        bar.link().substring(0, query),
                        QueryParameters.fromString(bar.link().substring(query + 1)));
        return GridKt._size(_get(Grid.class, spec -> spec.withId(gridId)));
    }

    private static List<String> nextSteps() {
        UI.getCurrent().navigate(HomeView.class);
        return _find(
                        _get(Div.class, spec -> spec.withId("dashboard-worst")),
                        Span.class,
                        spec -> spec.withClasses("dashboard-next-step"))
                .stream()
                .map(Span::getText)
                .toList();
    }

    private static String noticeHeading() {
        UI.getCurrent().navigate(HomeView.class);
        Component box = _get(Div.class, spec -> spec.withId("home-open-notices"));
        return _get(box, H3.class).getText();
    }
}
