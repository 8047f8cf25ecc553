package org.dpatracker.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.Validation;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's reminders: their preferences and their inbox (only their own); for administrators how mail
 * delivery stands, and a run on demand.
 */
@Service
public class ReminderService {

    static final String ENTITY = "reminder preferences";
    static final int MAX_LEAD_DAYS = 365;
    static final int MAX_LEAD_TIMES = 5;
    static final Duration RUN_NOW_TIMEOUT = Duration.ofMinutes(10);

    private final ReminderRepository reminders;
    private final MailOutboxRepository outbox;
    private final MailSettings settings;
    private final ReminderJob job;
    private final Clock clock;
    private final AsyncTaskExecutor executor;

    ReminderService(
            ReminderRepository reminders,
            MailOutboxRepository outbox,
            MailSettings settings,
            ReminderJob job,
            Clock clock,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.reminders = reminders;
        this.outbox = outbox;
        this.settings = settings;
        this.job = job;
        this.clock = clock;
        this.executor = executor;
    }

    /** Whether mail goes out at all (an SMTP server is configured). */
    @PermitAll
    public boolean mailEnabled() {
        return settings.enabled();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public ReminderPreferences ownPreferences() {
        long user = CurrentUser.id();
        return reminders.preferencesOf(user).orElse(ReminderPreferences.defaults(user));
    }

    /** A user's preferences, for what is done for them outside their session (their calendar feed). */
    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional(readOnly = true)
    public ReminderPreferences preferencesOf(long userId) {
        return reminders.preferencesOf(userId).orElse(ReminderPreferences.defaults(userId));
    }

    /** Saves the signed-in user's preferences; lead times from 1 to 365 days, at most five. */
    @PermitAll
    @Transactional
    public ReminderPreferences saveOwnPreferences(ReminderPreferences input) {
        long user = CurrentUser.id();
        new Validation()
                .require(input.userId() == user, "userId", "reminder.validation.own")
                .require(
                        !input.leadDays().isEmpty() && input.leadDays().size() <= MAX_LEAD_TIMES,
                        "leadDays",
                        "reminder.validation.lead-count",
                        MAX_LEAD_TIMES)
                .require(
                        input.leadDays().stream().allMatch(days -> days >= 1 && days <= MAX_LEAD_DAYS),
                        "leadDays",
                        "reminder.validation.lead-range",
                        MAX_LEAD_DAYS)
                .throwIfInvalid();
        if (input.isNew()) {
            if (reminders.preferencesOf(user).isPresent()) {
                throw new ConcurrentEditException(ENTITY, user);
            }
            reminders.insert(input);
        } else if (!reminders.update(input)) {
            throw new ConcurrentEditException(ENTITY, user);
        }
        return reminders.preferencesOf(user).orElseThrow();
    }

    /** The signed-in user's reminders, unread first, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(int limit) {
        return reminders.inbox(CurrentUser.id(), limit);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int unreadCount() {
        return CurrentUser.principal().map(p -> reminders.unread(p.id())).orElse(0);
    }

    @PermitAll
    @Transactional
    public void markRead(long itemId) {
        reminders.markRead(CurrentUser.id(), itemId, clock.instant());
    }

    @PermitAll
    @Transactional
    public void markAllRead() {
        reminders.markAllRead(CurrentUser.id(), clock.instant());
    }

    /** How mail delivery stands: queue, failures given up on, last delivery. */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    @Transactional(readOnly = true)
    public MailHealth health() {
        return outbox.health().with(outbox.givenUp(20));
    }

    /** The last reminder run on this node, if any ran since it started. */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    public Optional<ReminderRun> lastRun() {
        return Optional.ofNullable(job.lastRun());
    }

    /**
     * Runs the reminders now (unless another node is running them) and waits for the run. It runs on a
     * thread of its own, outside the administrator's request, with the system's rights over every deadline.
     */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    public ReminderRun runNow() {
        try {
            return executor.submit(job::run).get(RUN_NOW_TIMEOUT.toMinutes(), TimeUnit.MINUTES);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The reminder run was interrupted", interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("The reminder run failed", failed);
        }
    }
}
