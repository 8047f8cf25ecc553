package org.dpatracker.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.dpatracker.audit.AuditOverview;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.OpenAction;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.security.Permission;

/** The audit calendar across the register: what is due or overdue, and the remediation actions still open. */
@Route("audits")
@Menu(order = 25, icon = "vaadin:clipboard-check", title = "nav.audits")
@RolesAllowed(Permission.Names.REGISTER_READ)
public class AuditsView extends VerticalLayout implements HasDynamicTitle {

    AuditsView(AuditService audits) {
        LocalDate today = audits.today();
        add(new H2(getTranslation("nav.audits")), new Paragraph(getTranslation("audits.intro")));

        Grid<AuditOverview> calendar = new Grid<>();
        calendar.setId("audit-overview");
        calendar.addComponentColumn(o -> new RouterLink(o.processorName(), AgreementView.class, o.agreementId()))
                .setHeader(getTranslation("agreement.processor"))
                .setFlexGrow(2);
        calendar.addColumn(o -> ClientTime.date(o.calendar().lastAudit()))
                .setHeader(getTranslation("audit.last"))
                .setAutoWidth(true);
        calendar.addColumn(o -> ClientTime.date(o.calendar().nextDue()))
                .setHeader(getTranslation("audit.next-due"))
                .setAutoWidth(true);
        calendar.addColumn(o -> !o.rightsRecorded()
                        ? ""
                        : AuditTexts.permitted(this, o.calendar().nextPermitted(), today))
                .setHeader(getTranslation("audit.next-permitted"))
                .setAutoWidth(true);
        calendar.addColumn(o -> ClientTime.date(o.calendar().noticeBy()))
                .setHeader(getTranslation("audit.notice-by"))
                .setAutoWidth(true);
        calendar.addComponentColumn(o -> {
                    Div badges = new Div();
                    badges.addClassName("badges");
                    if (!o.rightsRecorded()) {
                        badges.add(new Badge(getTranslation("audit.rights.none-short"), Badge.Tone.NEUTRAL));
                    }
                    if (o.calendar().overdue()) {
                        badges.add(new Badge(
                                getTranslation(
                                        "audit.overdue",
                                        ClientTime.date(o.calendar().nextDue())),
                                Badge.Tone.ERROR));
                    }
                    if (o.overdueActions() > 0) {
                        badges.add(new Badge(
                                getTranslation("audits.overdue-actions", o.overdueActions()), Badge.Tone.ERROR));
                    } else if (o.openActions() > 0) {
                        badges.add(
                                new Badge(getTranslation("audits.open-actions", o.openActions()), Badge.Tone.WARNING));
                    }
                    return badges;
                })
                .setHeader(getTranslation("audits.state"))
                .setWidth("18rem")
                .setFlexGrow(1);
        calendar.setItems(audits.overview());
        calendar.setAllRowsVisible(true);

        Grid<OpenAction> actions = new Grid<>();
        actions.setId("open-actions");
        actions.addComponentColumn(a -> new RouterLink(a.processorName(), AgreementView.class, a.agreementId()))
                .setHeader(getTranslation("agreement.processor"))
                .setAutoWidth(true);
        actions.addColumn(OpenAction::finding)
                .setHeader(getTranslation("audit.finding"))
                .setFlexGrow(2);
        actions.addColumn(a -> a.action().description())
                .setHeader(getTranslation("audit.action"))
                .setFlexGrow(2);
        actions.addColumn(a -> a.action().owner())
                .setHeader(getTranslation("audit.action.owner"))
                .setAutoWidth(true);
        actions.addComponentColumn(a -> AuditTexts.actionState(this, a.action(), today))
                .setHeader(getTranslation("audit.action.status"))
                .setAutoWidth(true);
        actions.addColumn(a -> ClientTime.date(a.action().dueOn()))
                .setHeader(getTranslation("audit.action.due"))
                .setAutoWidth(true);
        actions.setItems(audits.openActions());
        actions.setAllRowsVisible(true);
        actions.addThemeName("wrap-cell-content");
        add(calendar, new H3(getTranslation("audits.actions")), actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audits") + " | " + getTranslation("app.name");
    }
}
