package org.dpatracker.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.dashboard.DashboardService;
import org.dpatracker.dashboard.ui.DashboardBoard;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineTexts;
import org.dpatracker.deadline.UpcomingDeadlines;
import org.dpatracker.deadline.ui.DeadlinesView;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.OpenNotice;
import org.dpatracker.security.AppUserPrincipal;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.security.Role;

/** The start page: for each of the user's roles, what that role is for and what it may do here. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final int HORIZON_DAYS = 90;
    private static final int NEXT_DAYS = 7;
    private static final int NEXT_SHOWN = 10;

    HomeView(ChangeNoticeService notices, UpcomingDeadlines deadlines, DashboardService dashboard) {
        String name = CurrentUser.principal().map(AppUserPrincipal::displayName).orElse(CurrentUser.name());
        add(new H2(getTranslation("home.welcome", name)));
        if (CurrentUser.has(Permission.REGISTER_READ)) {
            List<Deadline> due = deadlines.within(HORIZON_DAYS);
            add(
                    deadlineSummary(due),
                    new DashboardBoard(dashboard.overview(), due, dashboard.today()),
                    nextDays(due, deadlines.now()),
                    openNotices(notices.open()));
        }
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("gap-m");
        CurrentUser.roles().stream().sorted(Comparator.naturalOrder()).forEach(role -> cards.add(roleCard(role)));
        add(cards);
    }

    /** How many deadlines are overdue and how many fall due soon, linking to the list. */
    private Div deadlineSummary(List<Deadline> due) {
        long overdue = due.stream().filter(Deadline::overdue).count();
        Div box = new Div(new RouterLink(
                getTranslation("home.deadlines", overdue, due.size() - overdue, HORIZON_DAYS), DeadlinesView.class));
        box.setId("home-deadlines");
        if (overdue > 0) {
            box.addClassName("home-overdue");
        }
        return box;
    }

    /** What the user's roles deal with that is overdue or falls due within the next seven days, nearest first. */
    private Div nextDays(List<Deadline> upcoming, Instant now) {
        Set<Role> roles = CurrentUser.roles();
        LocalDate limit = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(NEXT_DAYS);
        List<Deadline> theirs = upcoming.stream()
                .filter(d -> d.kind().ownedByAnyOf(roles))
                .filter(d -> d.overdue()
                        || !LocalDate.ofInstant(d.sortKey(), ZoneOffset.UTC).isAfter(limit))
                .limit(NEXT_SHOWN)
                .toList();
        Div box = new Div(new H3(getTranslation("home.next-days", NEXT_DAYS)));
        box.setId("home-next-days");
        UnorderedList list = new UnorderedList();
        for (Deadline deadline : theirs) {
            String text = getTranslation(
                    deadline.overdue() ? "home.next-days.overdue" : "home.next-days.due",
                    DeadlineTexts.kind(this::getTranslation, deadline),
                    ClientTime.due(deadline.dueAt(), deadline.dueOn()),
                    DeadlineTexts.about(this::getTranslation, getLocale(), deadline));
            list.add(new ListItem(new Anchor(deadline.path(), text)));
        }
        box.add(theirs.isEmpty() ? new Paragraph(getTranslation("home.next-days.none")) : list);
        return box;
    }

    /** Subprocessor changes waiting for a decision, the nearest deadline first. */
    private Div openNotices(List<OpenNotice> open) {
        Div box = new Div();
        box.setId("home-open-notices");
        boolean decides = CurrentUser.has(Permission.SUBPROCESSOR_CHANGES_DECIDE);
        box.add(new H3(getTranslation(decides ? "home.open-notices" : "home.open-notices.others", open.size())));
        UnorderedList list = new UnorderedList();
        open.stream()
                .sorted(Comparator.comparing(OpenNotice::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(notice -> list.add(new ListItem(new Anchor(
                        "notices?agreement=" + notice.notice().agreementId(),
                        getTranslation(
                                "home.open-notice",
                                notice.proposedName(),
                                notice.processorName(),
                                notice.deadline() == null ? getTranslation("notice.no-period") : notice.deadline(),
                                notice.daysLeft() == null ? "–" : notice.daysLeft())))));
        box.add(open.isEmpty() ? new Paragraph(getTranslation("home.no-open-notices")) : list);
        return box;
    }

    private Div roleCard(Role role) {
        Div card = new Div();
        card.addClassName("role-card");
        card.setId("role-card-" + role.name().toLowerCase());
        card.add(new H3(getTranslation("role." + role.name())));
        card.add(new Paragraph(getTranslation("role." + role.name() + ".description")));
        UnorderedList permissions = new UnorderedList();
        role.permissions().stream()
                .sorted(Comparator.comparing(Permission::ordinal))
                .forEach(
                        permission -> permissions.add(new ListItem(getTranslation("permission." + permission.name()))));
        card.add(permissions);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
