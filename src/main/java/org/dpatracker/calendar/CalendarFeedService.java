package org.dpatracker.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpatracker.core.UrlSecret;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineCalendar;
import org.dpatracker.deadline.UpcomingDeadlines;
import org.dpatracker.reminder.MailSettings;
import org.dpatracker.reminder.ReminderPreferences;
import org.dpatracker.reminder.ReminderService;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's calendar feed: a secret address that calendar programs subscribe to, holding the deadlines of
 * the user's roles except the kinds they opted out of, overdue ones and those of the next year. Users manage
 * only their own feed. Also one deadline as a calendar entry to download.
 */
@Service
public class CalendarFeedService implements DeadlineCalendar {

    /** How far ahead the feed reaches, in days; what is overdue is always in it. */
    static final int HORIZON_DAYS = 365;

    private final CalendarFeedRepository feeds;
    private final UpcomingDeadlines deadlines;
    private final UserService users;
    private final ReminderService reminders;
    private final MailSettings settings;
    private final Clock clock;

    CalendarFeedService(
            CalendarFeedRepository feeds,
            UpcomingDeadlines deadlines,
            UserService users,
            ReminderService reminders,
            MailSettings settings,
            Clock clock) {
        this.feeds = feeds;
        this.deadlines = deadlines;
        this.users = users;
        this.reminders = reminders;
        this.settings = settings;
        this.clock = clock;
    }

    /** The signed-in user's feed, if they made one. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<CalendarFeedStatus> ownFeed() {
        return feeds.statusOf(CurrentUser.id());
    }

    /**
     * A new secret address for the signed-in user's feed, to be shown once: only a hash of it is kept. An
     * address made before stops working.
     */
    @PermitAll
    @Transactional
    public String newOwnAddress() {
        String token = UrlSecret.create();
        feeds.replace(CurrentUser.id(), UrlSecret.hash(token), clock.instant());
        return settings.link("calendar/" + token + ".ics");
    }

    /** Ends the signed-in user's feed: its address stops working. */
    @PermitAll
    @Transactional
    public void revokeOwn() {
        feeds.delete(CurrentUser.id());
    }

    /**
     * The calendar behind a feed address, or empty when its token is unknown, revoked or its user disabled.
     * Open to everybody: the secret token is the credential.
     */
    @PermitAll
    @Transactional
    public Optional<byte[]> feed(String token) {
        if (!UrlSecret.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<UserAccount> owner = feeds.ownerOf(UrlSecret.hash(token))
                .flatMap(user -> SystemAccess.call(() -> users.enabledAccount(user)));
        owner.ifPresent(account -> feeds.used(account.id(), now));
        return owner.map(account -> calendarOf(account, now));
    }

    @Override
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public byte[] entry(Deadline deadline, Locale locale) {
        CalendarFeed calendar = new CalendarFeed(
                locale, reminders.ownPreferences().timeZone(), clock.instant(), settings::link, settings.from());
        return calendar.render(List.of(deadline));
    }

    private byte[] calendarOf(UserAccount account, Instant now) {
        ReminderPreferences chosen = SystemAccess.call(() -> reminders.preferencesOf(account.id()));
        List<Deadline> theirs = SystemAccess.call(() -> deadlines.within(HORIZON_DAYS)).stream()
                .filter(deadline -> chosen.follows(deadline.kind(), account.roles()))
                .toList();
        return new CalendarFeed(account.locale(), chosen.timeZone(), now, settings::link, settings.from())
                .render(theirs);
    }
}
