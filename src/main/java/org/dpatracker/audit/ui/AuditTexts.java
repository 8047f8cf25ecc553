package org.dpatracker.audit.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.RemediationAction;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;

/** How audit rights and actions read. */
final class AuditTexts {

    private AuditTexts() {}

    static String limit(Component context, AuditRights rights) {
        if (rights.maxAudits() == null) {
            return "";
        }
        return context.getTranslation(
                "audit.limit",
                rights.maxAudits(),
                context.getTranslation("audit.period." + rights.period().name()));
    }

    static List<String> alternatives(Component context, AuditRights rights) {
        List<String> accepted = new ArrayList<>();
        if (rights.acceptsCertificates()) {
            accepted.add(context.getTranslation("audit.accepts.certificates"));
        }
        if (rights.acceptsCodesOfConduct()) {
            accepted.add(context.getTranslation("audit.accepts.codes"));
        }
        if (rights.acceptsCertification()) {
            accepted.add(context.getTranslation("audit.accepts.certification"));
        }
        if (rights.acceptsThirdPartyReports()) {
            accepted.add(context.getTranslation("audit.accepts.reports"));
        }
        return accepted;
    }

    /** The next permitted inspection: "now" when nothing stands in the way today. */
    static String permitted(Component context, java.time.LocalDate permitted, java.time.LocalDate today) {
        return permitted.isAfter(today) ? ClientTime.date(permitted) : context.getTranslation("audit.now");
    }

    static Badge actionState(Component context, RemediationAction action, java.time.LocalDate today) {
        if (action.overdueOn(today)) {
            Badge overdue = new Badge(
                    context.getTranslation("audit.action.overdue", ClientTime.date(action.dueOn())), Badge.Tone.ERROR);
            overdue.addClassName("action-overdue");
            return overdue;
        }
        return new Badge(
                context.getTranslation("audit.action.status." + action.status().name()),
                action.status() == org.dpatracker.audit.ActionStatus.DONE ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL);
    }
}
