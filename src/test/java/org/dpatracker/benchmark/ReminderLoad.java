package org.dpatracker.benchmark;

import static org.dpatracker.db.Tables.AGREEMENT;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import java.util.Set;
import org.dpatracker.reminder.ReminderRun;
import org.dpatracker.reminder.ReminderService;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reminder run on the benchmark's register: users of every role (with e-mail), each agreement reviewed
 * within the next 60 days, mail delivered to an SMTP server on the loopback interface.
 */
final class ReminderLoad {

    static final int SMTP_PORT = 3425;

    private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    void start() {
        smtp.start();
    }

    void stop() {
        smtp.stop();
    }

    void createUsers(ConfigurableApplicationContext context) {
        UserService users = context.getBean(UserService.class);
        List<Role> roles = List.of(Role.DPO, Role.DPO, Role.AUDITOR, Role.MANAGER, Role.ADMIN);
        for (int i = 0; i < roles.size(); i++) {
            String name = "bench" + i;
            Role role = roles.get(i);
            SystemAccess.run(() -> users.create(new UserDraft(
                    null,
                    null,
                    name,
                    "Bench " + role,
                    name + "@example.org",
                    "a-long-bench-password",
                    true,
                    Set.of(role))));
        }
    }

    /** Every agreement's next review within the next 60 days, spread by id. */
    void dateReviews(ConfigurableApplicationContext context) {
        context.getBean(DSLContext.class)
                .update(AGREEMENT)
                .set(
                        AGREEMENT.NEXT_REVIEW,
                        DSL.localDateAdd(
                                DSL.currentLocalDate(), AGREEMENT.ID.mod(60L).cast(Integer.class)))
                .execute();
    }

    void measure(ConfigurableApplicationContext context) {
        ReminderService reminders = context.getBean(ReminderService.class);
        ReminderRun first = SystemAccess.call(reminders::runNow);
        ReminderRun again = SystemAccess.call(reminders::runNow);
        System.out.printf(
                "  %-58s %8d ms  (%,d deadlines, %,d reminders, %,d mails queued, %,d delivered)%n",
                "reminder run after the register grew",
                first.took().toMillis(),
                first.deadlines(),
                first.reminders(),
                first.mails(),
                first.delivered());
        System.out.printf(
                "  %-58s %8d ms  (%,d reminders, %,d mails: each reminder once)%n",
                "the next run (nothing new to tell)", again.took().toMillis(), again.reminders(), again.mails());
    }
}
