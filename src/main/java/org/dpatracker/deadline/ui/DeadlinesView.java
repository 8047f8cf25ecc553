package org.dpatracker.deadline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.ui.BreachView;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.Countdown;
import org.dpatracker.core.ui.Downloads;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineCalendar;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.deadline.DeadlineTexts;
import org.dpatracker.deadline.DeadlineWindow;
import org.dpatracker.deadline.UpcomingDeadlines;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.security.Permission;

/**
 * Everything that falls due across the register in the next 90 days, overdue first; each can be downloaded as
 * a calendar entry.
 */
@Route("deadlines")
@Menu(order = 5, icon = "vaadin:calendar-clock", title = "nav.deadlines")
@RolesAllowed(Permission.Names.REGISTER_READ)
public class DeadlinesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int HORIZON_DAYS = 90;

    private final transient DeadlineCalendar calendar;
    private final transient List<Deadline> all;
    private final Grid<Deadline> grid = new Grid<>();
    private final Paragraph window = new Paragraph();

    DeadlinesView(UpcomingDeadlines deadlines, BreachService breaches, DeadlineCalendar calendar) {
        this.calendar = calendar;
        setSizeFull();
        Instant now = breaches.now();
        grid.setId("deadlines-grid");
        grid.addColumn(d -> d.dueAt() != null ? ClientTime.format(d.dueAt()) : ClientTime.date(d.dueOn()))
                .setHeader(getTranslation("deadline.due"))
                .setWidth("13rem")
                .setFlexGrow(0);
        grid.addComponentColumn(d -> state(d, now))
                .setHeader(getTranslation("deadline.state"))
                .setWidth("14rem")
                .setFlexGrow(0);
        grid.addColumn(d -> DeadlineTexts.kind(this::getTranslation, d))
                .setHeader(getTranslation("deadline.kind"))
                .setWidth("14rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::subject)
                .setHeader(getTranslation("deadline.subject"))
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addComponentColumn(d -> d.agreementId() == null
                        ? new Span()
                        : new RouterLink(d.processorName(), AgreementView.class, d.agreementId()))
                .setHeader(getTranslation("agreement.processor"))
                .setWidth("12rem")
                .setFlexGrow(1);
        Locale locale = getLocale();
        grid.addComponentColumn(d -> calendarEntry(d, locale))
                .setKey("calendar")
                .setHeader(getTranslation("deadline.calendar"))
                .setWidth("7rem")
                .setFlexGrow(0);
        all = deadlines.within(HORIZON_DAYS);
        grid.setItems(all);
        grid.addThemeName("wrap-cell-content");
        add(
                new H2(getTranslation("nav.deadlines")),
                new Paragraph(getTranslation("deadline.intro", HORIZON_DAYS)),
                window,
                grid);
        window.setId("deadlines-window");
        window.setVisible(false);
        expand(grid);
    }

    /** Opened from the start page's timeline: only the overdue ones, or those due in one week. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DeadlineWindow> shown =
                DeadlineWindow.parse(event.getLocation().getQueryParameters().getParameters());
        grid.setItems(shown.map(w -> all.stream().filter(w::contains).toList()).orElse(all));
        window.removeAll();
        window.setVisible(shown.isPresent());
        shown.ifPresent(w -> window.add(
                new Span(
                        w.overdue()
                                ? getTranslation("deadline.window.overdue")
                                : getTranslation(
                                        "deadline.window.between", ClientTime.date(w.from()), ClientTime.date(w.to()))),
                new Span(" "),
                new RouterLink(getTranslation("deadline.window.all"), DeadlinesView.class)));
    }

    private Component state(Deadline deadline, Instant now) {
        if (deadline.kind() == DeadlineKind.BREACH_AUTHORITY) {
            return new Countdown(deadline.dueAt(), now);
        }
        if (deadline.overdue()) {
            return new Badge(getTranslation("deadline.overdue"), Badge.Tone.ERROR);
        }
        return new Badge(getTranslation("deadline.upcoming"), Badge.Tone.NEUTRAL);
    }

    private Component subject(Deadline deadline) {
        String text = deadline.breachId() != null
                ? deadline.subject()
                : DeadlineTexts.subject(this::getTranslation, UI.getCurrent().getLocale(), deadline);
        return deadline.breachId() != null
                ? new RouterLink(text, BreachView.class, deadline.breachId())
                : new Span(text);
    }

    private Anchor calendarEntry(Deadline deadline, Locale locale) {
        Anchor entry = Downloads.anchor(
                getTranslation("deadline.calendar.download"),
                DeadlineCalendar.fileName(deadline),
                "text/calendar; charset=utf-8",
                () -> calendar.entry(deadline, locale));
        entry.setTitle(getTranslation("deadline.calendar.download-title"));
        return entry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.deadlines") + " | " + getTranslation("app.name");
    }
}
