package org.dpatracker.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.dpatracker.core.JobLock;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineReached;
import org.dpatracker.deadline.DeadlineSeverity;
import org.dpatracker.deadline.UpcomingDeadlines;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells every user of the deadlines of their roles: per deadline and lead time one reminder, recorded with
 * its inbox entry and its mail in one transaction (so that a restart, a second run or a second node sends
 * nothing twice), then delivers the outbox. Digests go out once per day or week; urgent reminders do not
 * wait for them. One node at a time runs it (a database lock).
 */
@Component
class ReminderJob {

    /** How far ahead a digest looks. */
    static final int DIGEST_DAYS = 7;

    private final UpcomingDeadlines deadlines;
    private final UserService users;
    private final ReminderRepository reminders;
    private final MailOutboxRepository outbox;
    private final MailDelivery delivery;
    private final MailSettings settings;
    private final JobLock lock;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int maxSingleMails;
    private final AtomicReference<ReminderRun> lastRun = new AtomicReference<>();

    ReminderJob(
            UpcomingDeadlines deadlines,
            UserService users,
            ReminderRepository reminders,
            MailOutboxRepository outbox,
            MailDelivery delivery,
            MailSettings settings,
            JobLock lock,
            TransactionTemplate transaction,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${dpa.reminders.max-single-mails:10}") int maxSingleMails) {
        this.deadlines = deadlines;
        this.users = users;
        this.reminders = reminders;
        this.outbox = outbox;
        this.delivery = delivery;
        this.settings = settings;
        this.lock = lock;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
        this.maxSingleMails = maxSingleMails;
    }

    /** Reminds and delivers, unless another node is doing so; returns what this run did. */
    ReminderRun run() {
        Instant started = clock.instant();
        AtomicReference<ReminderRun> run = new AtomicReference<>();
        boolean ran = lock.runExclusively("reminders", Duration.ofMinutes(30), () -> run.set(remind(started)));
        AtomicInteger delivered = new AtomicInteger();
        lock.runExclusively("mail-delivery", Duration.ofMinutes(10), () -> delivered.set(delivery.deliverDue()));
        ReminderRun done = ran
                ? new ReminderRun(
                        started,
                        Duration.between(started, clock.instant()),
                        run.get().deadlines(),
                        run.get().reminders(),
                        run.get().mails(),
                        delivered.get(),
                        false)
                : new ReminderRun(started, Duration.between(started, clock.instant()), 0, 0, 0, delivered.get(), true);
        lastRun.set(done);
        return done;
    }

    ReminderRun lastRun() {
        return lastRun.get();
    }

    private ReminderRun remind(Instant now) {
        Map<Long, ReminderPreferences> preferences = reminders.allPreferences();
        List<UserAccount> accounts = SystemAccess.call(users::enabledAccounts);
        int horizon = preferences.values().stream()
                .flatMap(p -> p.leadDays().stream())
                .reduce(Collections.max(ReminderPreferences.DEFAULT_LEAD_DAYS), Math::max);
        List<Deadline> all = SystemAccess.call(() -> deadlines.within(Math.max(horizon, DIGEST_DAYS)));
        AtomicInteger recorded = new AtomicInteger();
        AtomicInteger mails = new AtomicInteger();
        announce(all, now);
        for (UserAccount account : accounts) {
            ReminderPreferences chosen =
                    preferences.getOrDefault(account.id(), ReminderPreferences.defaults(account.id()));
            List<Deadline> theirs = all.stream()
                    .filter(d -> chosen.follows(d.kind(), account.roles()))
                    .toList();
            transaction.executeWithoutResult(status -> {
                List<Reminded> toMail = new ArrayList<>();
                for (Deadline deadline : theirs) {
                    remind(account, chosen, deadline, now, mails).ifPresent(reminded -> {
                        recorded.incrementAndGet();
                        boolean statutoryClock = deadline.kind().severity() == DeadlineSeverity.URGENT;
                        if (!statutoryClock
                                && (chosen.digest() == Digest.OFF
                                        || ReminderPlan.urgent(deadline, now, chosen.timeZone()))) {
                            toMail.add(reminded);
                        }
                    });
                }
                mailEach(account, chosen, toMail, now, mails);
                digest(account, chosen, theirs, now, mails);
            });
        }
        return new ReminderRun(now, Duration.ZERO, all.size(), recorded.get(), mails.get(), 0, false);
    }

    /** Tells the listeners (webhooks) of every deadline within the default lead times or overdue. */
    private void announce(List<Deadline> all, Instant now) {
        for (Deadline deadline : all) {
            ReminderPlan.stage(deadline, ReminderPreferences.DEFAULT_LEAD_DAYS, now, ZoneOffset.UTC)
                    .ifPresent(stage -> events.publishEvent(new DeadlineReached(deadline, stage)));
        }
    }

    /**
     * Records the reminder the deadline is due for, with its inbox entry, unless it was recorded before; mails
     * a statutory clock (a breach's) at once in a mail of its own. Returns what it recorded, if anything.
     */
    private Optional<Reminded> remind(
            UserAccount account, ReminderPreferences chosen, Deadline deadline, Instant now, AtomicInteger mails) {
        ZoneId zone = chosen.timeZone();
        String stage =
                ReminderPlan.stage(deadline, chosen.leadDays(), now, zone).orElse(null);
        if (stage == null || !reminders.recordSent(deadline.key(), account.id(), stage, now)) {
            return Optional.empty();
        }
        reminders.addToInbox(account.id(), deadline, stage, now);
        if (deadline.kind().severity() == DeadlineSeverity.URGENT && mailable(account)) {
            enqueue(
                    account,
                    ReminderMail.reminder(
                            deadline, stage, account.displayName(), language(account, chosen), zone, settings),
                    now);
            mails.incrementAndGet();
        }
        return Optional.of(new Reminded(deadline, stage));
    }

    /**
     * Mails the run's other reminders that go out now (all of them without a digest, the urgent ones with
     * one): one mail each, or, when there are more than
     * {@code dpa.reminders.max-single-mails} (default 10: the first run over a full register), one mail listing
     * them all.
     */
    private void mailEach(
            UserAccount account, ReminderPreferences chosen, List<Reminded> toMail, Instant now, AtomicInteger mails) {
        if (toMail.isEmpty() || !mailable(account)) {
            return;
        }
        ZoneId zone = chosen.timeZone();
        Locale language = language(account, chosen);
        if (toMail.size() > maxSingleMails) {
            List<Deadline> listed = toMail.stream().map(Reminded::deadline).toList();
            enqueue(account, ReminderMail.collected(listed, now, account.displayName(), language, zone, settings), now);
            mails.incrementAndGet();
            return;
        }
        for (Reminded reminded : toMail) {
            enqueue(
                    account,
                    ReminderMail.reminder(
                            reminded.deadline(), reminded.stage(), account.displayName(), language, zone, settings),
                    now);
            mails.incrementAndGet();
        }
    }

    private void enqueue(UserAccount account, ReminderMail mail, Instant now) {
        outbox.enqueue(account.email(), mail.subject(), mail.text(), mail.html(), now);
    }

    private void digest(
            UserAccount account, ReminderPreferences chosen, List<Deadline> theirs, Instant now, AtomicInteger mails) {
        ZoneId zone = chosen.timeZone();
        String period = ReminderPlan.digestPeriod(chosen.digest(), now, zone).orElse(null);
        if (period == null
                || !mailable(account)
                || !reminders.recordSent("digest|" + period, account.id(), ReminderPlan.DIGEST, now)) {
            return;
        }
        List<Deadline> week = theirs.stream()
                .filter(d ->
                        ReminderPlan.stage(d, List.of(DIGEST_DAYS), now, zone).isPresent())
                .toList();
        enqueue(
                account,
                ReminderMail.digest(
                        week, period, now, account.displayName(), language(account, chosen), zone, settings),
                now);
        mails.incrementAndGet();
    }

    private boolean mailable(UserAccount account) {
        return settings.enabled() && account.email() != null && !account.email().isBlank();
    }

    private static Locale language(UserAccount account, ReminderPreferences chosen) {
        return chosen.mailLanguage() != null ? chosen.mailLanguage() : account.locale();
    }

    /** A reminder this run recorded: the deadline and the lead time (or overdue) it was for. */
    private record Reminded(Deadline deadline, String stage) {}
}
