package org.dpatracker.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;
import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditCalendar;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.Finding;
import org.dpatracker.audit.RemediationAction;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.FactList;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/** Audit rights of the contract, the dates that follow from them, and every audit with findings and actions. */
class AuditPanel extends Div {

    private final transient AuditService audits;
    private final transient Runnable refresh;
    private final LocalDate today;

    AuditPanel(AuditService audits, long agreementId, Runnable refresh) {
        this.audits = audits;
        this.refresh = refresh;
        this.today = audits.today();
        setId("audits");
        setWidthFull();
        AuditRights rights = audits.rightsOf(agreementId);
        add(new H3(getTranslation("audit.title")), new H4(getTranslation("audit.rights")));
        if (rights.isNew()) {
            add(new Paragraph(getTranslation("audit.rights.none")));
        } else {
            add(rightsFacts(rights));
        }
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            Button edit = new Button(
                    getTranslation("audit.rights.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> new AuditRightsDialog(audits, rights, refresh).open());
            edit.setId("audit-rights-edit");
            add(edit);
        }
        add(new H4(getTranslation("audit.calendar")), calendarFacts(audits.calendarOf(agreementId)));
        add(new H4(getTranslation("audit.audits")));
        if (CurrentUser.has(Permission.AUDITS_RECORD)) {
            Button record = new Button(
                    getTranslation("audit.record"),
                    VaadinIcon.PLUS.create(),
                    click -> new AuditDialog(audits, agreementId, null, refresh).open());
            record.setId("audit-record");
            add(record);
        }
        List<Audit> all = audits.auditsOf(agreementId);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("audit.none")));
        }
        all.forEach(audit -> add(auditCard(audit)));
    }

    private FactList rightsFacts(AuditRights rights) {
        return new FactList()
                .add("audit.on-site", rights.onSite())
                .add("audit.max", AuditTexts.limit(this, rights))
                .add(
                        "audit.notice-days",
                        rights.noticeDays() == null ? null : getTranslation("audit.days", rights.noticeDays()))
                .add(
                        "audit.cost-bearer",
                        rights.costBearer() == null
                                ? null
                                : getTranslation(
                                        "audit.cost." + rights.costBearer().name()))
                .add("audit.alternatives", AuditTexts.alternatives(this, rights))
                .add("audit.extra-after-incidents", rights.extraAfterIncidents())
                .add(
                        "audit.interval",
                        rights.intervalMonths() == null
                                ? null
                                : getTranslation("audit.months", rights.intervalMonths()))
                .add("audit.clause", rights.clauseReference());
    }

    private Component calendarFacts(AuditCalendar calendar) {
        FactList facts = new FactList()
                .add("audit.last", calendar.lastAudit())
                .add("audit.next-permitted", AuditTexts.permitted(this, calendar.nextPermitted(), today))
                .add("audit.next-due", calendar.nextDue())
                .add("audit.next-planned", calendar.nextPlanned())
                .add("audit.notice-by", calendar.noticeBy());
        facts.setId("audit-calendar");
        Div warnings = new Div();
        warnings.addClassName("badges");
        if (calendar.overdue()) {
            warnings.add(
                    new Badge(getTranslation("audit.overdue", ClientTime.date(calendar.nextDue())), Badge.Tone.ERROR));
        }
        if (calendar.noticeLate()) {
            warnings.add(new Badge(
                    getTranslation("audit.notice-late", ClientTime.date(calendar.noticeBy())), Badge.Tone.ERROR));
        }
        if (calendar.plannedTooEarly()) {
            warnings.add(new Badge(
                    getTranslation("audit.too-early", ClientTime.date(calendar.nextPermitted())), Badge.Tone.WARNING));
        }
        return new Div(facts, warnings);
    }

    private Component auditCard(Audit audit) {
        Div card = new Div();
        card.addClassName("audit-card");
        String when = audit.performed()
                ? getTranslation("audit.performed-on", ClientTime.date(audit.performedOn()))
                : getTranslation("audit.planned-for", ClientTime.date(audit.plannedOn()));
        HorizontalLayout heading = new HorizontalLayout(
                new Span(when),
                new Badge(getTranslation("audit.kind." + audit.kind().name()), Badge.Tone.CONTRAST),
                new Span(audit.auditor()));
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        heading.addClassName("audit-heading");
        card.add(heading);
        if (audit.scope() != null) {
            card.add(new Div(getTranslation("audit.scope") + ": " + audit.scope()));
        }
        if (audit.result() != null) {
            card.add(new Div(getTranslation("audit.result") + ": " + audit.result()));
        }
        if (audit.noticeGivenOn() != null) {
            card.add(new Div(getTranslation("audit.notice-given-line", ClientTime.date(audit.noticeGivenOn()))));
        }
        boolean recorder = CurrentUser.has(Permission.AUDITS_RECORD);
        if (recorder) {
            Button edit = small(
                    getTranslation("action.edit"),
                    () -> new AuditDialog(audits, audit.agreementId(), audit, refresh).open());
            edit.setAriaLabel(getTranslation("action.edit-named", when));
            edit.addClassName("audit-edit");
            card.add(edit);
            if (audit.performed()) {
                Button addFinding = small(
                        getTranslation("audit.finding.add"), () -> new FindingDialog(audits, audit, refresh).open());
                addFinding.addClassName("finding-add");
                card.add(addFinding);
            }
        }
        for (Finding finding : audit.findings()) {
            card.add(findingView(finding, recorder));
        }
        return card;
    }

    private Component findingView(Finding finding, boolean recorder) {
        Div view = new Div();
        view.addClassName("finding");
        view.add(
                new Badge(
                        getTranslation("severity." + finding.severity().name()),
                        finding.severity().ordinal() >= 2 ? Badge.Tone.ERROR : Badge.Tone.WARNING),
                new Span(" " + finding.description()));
        for (RemediationAction action : finding.actions()) {
            Div line = new Div(
                    new Span(getTranslation(
                                    "audit.action.line",
                                    action.description(),
                                    action.owner(),
                                    ClientTime.date(action.dueOn()))
                            + " "),
                    AuditTexts.actionState(this, action, today));
            line.addClassName("remediation-action");
            if (recorder) {
                Button edit = small(
                        getTranslation("action.edit"), () -> new ActionDialog(audits, finding, action, refresh).open());
                edit.setAriaLabel(getTranslation("action.edit-named", action.description()));
                edit.addClassName("action-edit");
                line.add(edit);
            }
            view.add(line);
        }
        if (recorder) {
            Button add = small(
                    getTranslation("audit.action.add"), () -> new ActionDialog(audits, finding, null, refresh).open());
            add.addClassName("action-add");
            view.add(add);
        }
        return view;
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
