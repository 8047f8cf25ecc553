package org.dpatracker.retention.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.FactList;
import org.dpatracker.retention.AgreementEnd;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.retention.ScheduledRule;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/** Retention rules with their deletion due dates, and the end of the agreement with the processor's confirmation. */
class RetentionPanel extends Div {

    RetentionPanel(RetentionService retention, long agreementId, Runnable refresh) {
        setId("retention");
        setWidthFull();
        boolean editor = CurrentUser.has(Permission.REGISTER_EDIT);
        LocalDate today = retention.today();
        add(new H3(getTranslation("retention.title")));
        List<ScheduledRule> rules = retention.rulesOf(agreementId);
        if (rules.isEmpty()) {
            add(new Paragraph(getTranslation("retention.none")));
        } else {
            Grid<ScheduledRule> grid = new Grid<>();
            grid.setId("retention-rules");
            grid.addColumn(s -> s.rule().dataCategory())
                    .setHeader(getTranslation("retention.category"))
                    .setFlexGrow(2);
            grid.addColumn(s -> RetentionTexts.rule(this, s.rule()))
                    .setHeader(getTranslation("retention.rule"))
                    .setFlexGrow(3);
            grid.addColumn(s -> s.rule().backupPeriod() == null
                            ? ""
                            : RetentionTexts.period(this, s.rule().backupPeriod()))
                    .setHeader(getTranslation("retention.backups"))
                    .setAutoWidth(true);
            grid.addComponentColumn(s -> due(s))
                    .setHeader(getTranslation("retention.due"))
                    .setAutoWidth(true);
            grid.addColumn(s -> s.rule().source())
                    .setHeader(getTranslation("retention.source"))
                    .setFlexGrow(2);
            if (editor) {
                grid.addComponentColumn(s -> {
                            Button edit = new Button(
                                    VaadinIcon.EDIT.create(),
                                    click -> new RetentionRuleDialog(retention, agreementId, s.rule(), refresh).open());
                            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                            edit.setAriaLabel(
                                    getTranslation("action.edit-named", s.rule().dataCategory()));
                            edit.setTooltipText(
                                    getTranslation("action.edit-named", s.rule().dataCategory()));
                            return edit;
                        })
                        .setAutoWidth(true)
                        .setFlexGrow(0);
            }
            grid.setItems(rules);
            grid.setAllRowsVisible(true);
            grid.addThemeName("wrap-cell-content");
            add(grid);
        }
        if (editor) {
            Button add = new Button(
                    getTranslation("retention.add"),
                    VaadinIcon.PLUS.create(),
                    click -> new RetentionRuleDialog(retention, agreementId, null, refresh).open());
            add.setId("retention-add");
            add(add);
        }
        add(new H4(getTranslation("retention.end")));
        Optional<AgreementEnd> end = retention.endOf(agreementId);
        if (end.isEmpty()) {
            add(new Paragraph(getTranslation("retention.end.none")));
        } else {
            AgreementEnd ended = end.get();
            FactList facts = new FactList()
                    .add("retention.end.ended-on", ended.endedOn())
                    .add(
                            "retention.end.choice",
                            getTranslation("retention.choice." + ended.choice().name()))
                    .add("retention.end.due-on", ended.dueOn())
                    .add("retention.end.confirmed-on", ended.confirmedOn())
                    .add("retention.end.certificate", ended.certificateDocument());
            facts.setId("agreement-end");
            add(facts);
            if (ended.confirmationOverdue(today)) {
                add(new Badge(
                        getTranslation("retention.end.overdue", ClientTime.date(ended.dueOn())), Badge.Tone.ERROR));
            }
        }
        if (editor) {
            Button record = new Button(
                    getTranslation(end.isEmpty() ? "retention.end.record" : "retention.end.edit"),
                    VaadinIcon.FLAG_CHECKERED.create(),
                    click -> new AgreementEndDialog(
                                    retention,
                                    end.orElse(new AgreementEnd(agreementId, null, null, null, null, null, -1)),
                                    refresh)
                            .open());
            record.setId("agreement-end-edit");
            add(record);
        }
    }

    private Component due(ScheduledRule scheduled) {
        RetentionRule rule = scheduled.rule();
        if (rule.legalHold()) {
            return new Badge(getTranslation("retention.legal-hold", rule.legalHoldReason()), Badge.Tone.WARNING);
        }
        if (scheduled.deletionDue() == null) {
            return new Div(
                    getTranslation(rule.period() == null ? "retention.due.criteria" : "retention.due.trigger-unknown"));
        }
        String text = ClientTime.date(scheduled.deletionDue())
                + (scheduled.backupDeletionDue() == null
                        ? ""
                        : " "
                                + getTranslation(
                                        "retention.due.backups", ClientTime.date(scheduled.backupDeletionDue())));
        return scheduled.overdue()
                ? new Badge(getTranslation("retention.due.overdue", text), Badge.Tone.ERROR)
                : new Div(text);
    }
}
