package org.dpatracker.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.reminder.FailedMail;
import org.dpatracker.reminder.MailHealth;
import org.dpatracker.reminder.ReminderRun;
import org.dpatracker.reminder.ReminderService;
import org.dpatracker.security.Permission;

/** Administrators see whether reminders go out: mail on or off, the queue, the last run, what was given up. */
@Route("mail-health")
@Menu(order = 87, icon = "vaadin:envelope-o", title = "nav.mail-health")
@RolesAllowed(Permission.Names.SETTINGS_MANAGE)
public class MailHealthView extends VerticalLayout implements HasDynamicTitle {

    private final transient ReminderService reminders;
    private final Div state = new Div();
    private final Grid<FailedMail> failures = new Grid<>();

    MailHealthView(ReminderService reminders) {
        this.reminders = reminders;
        setSizeFull();
        state.setId("mail-health-state");
        failures.addColumn(failed -> ClientTime.format(failed.failedAt()))
                .setHeader(getTranslation("mail-health.failed-at"))
                .setAutoWidth(true);
        failures.addColumn(FailedMail::recipient).setHeader(getTranslation("mail-health.recipient"));
        failures.addColumn(FailedMail::subject).setHeader(getTranslation("mail-health.subject"));
        failures.addColumn(FailedMail::attempts)
                .setHeader(getTranslation("mail-health.attempts"))
                .setAutoWidth(true);
        failures.addColumn(FailedMail::error).setHeader(getTranslation("mail-health.error"));
        failures.setId("mail-health-failures");
        Button run = new Button(getTranslation("mail-health.run"), click -> {
            reminders.runNow();
            refresh();
        });
        run.setId("mail-health-run");
        add(
                new H2(getTranslation("nav.mail-health")),
                state,
                run,
                new H3(getTranslation("mail-health.given-up")),
                failures);
        expand(failures);
        refresh();
    }

    private void refresh() {
        MailHealth health = reminders.health();
        state.removeAll();
        state.add(new Paragraph(getTranslation(reminders.mailEnabled() ? "mail-health.on" : "mail-health.off")));
        state.add(new Paragraph(getTranslation(
                "mail-health.queue",
                health.queued(),
                health.givenUp(),
                health.lastDelivered() == null ? "–" : ClientTime.format(health.lastDelivered()))));
        state.add(new Paragraph(reminders.lastRun().map(this::describe).orElse(getTranslation("mail-health.no-run"))));
        failures.setItems(health.failures());
    }

    private String describe(ReminderRun run) {
        if (run.skipped()) {
            return getTranslation("mail-health.run-skipped", ClientTime.format(run.startedAt()));
        }
        return getTranslation(
                "mail-health.last-run",
                ClientTime.format(run.startedAt()),
                run.took().toMillis(),
                run.deadlines(),
                run.reminders(),
                run.mails(),
                run.delivered());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mail-health") + " | " + getTranslation("app.name");
    }
}
