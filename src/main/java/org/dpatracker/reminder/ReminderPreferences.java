package org.dpatracker.reminder;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.security.Role;

/**
 * What a user wants to be told and how: the language of the mails ({@code null}: the user's own language),
 * the time zone their days and digests follow, the digest, how many days ahead ({@code leadDays}, besides
 * "overdue" once) and the kinds of deadline they do not want to hear about.
 */
public record ReminderPreferences(
        long userId,
        Locale mailLanguage,
        ZoneId timeZone,
        Digest digest,
        List<Integer> leadDays,
        Set<DeadlineKind> optedOut,
        int version) {

    public static final List<Integer> DEFAULT_LEAD_DAYS = List.of(30, 7, 1);
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

    public ReminderPreferences {
        timeZone = timeZone == null ? DEFAULT_ZONE : timeZone;
        digest = digest == null ? Digest.OFF : digest;
        leadDays = leadDays == null
                ? DEFAULT_LEAD_DAYS
                : leadDays.stream().distinct().sorted().toList();
        optedOut = optedOut == null ? Set.of() : Set.copyOf(optedOut);
    }

    /** A user who never chose: 30, 7 and 1 day ahead, one by one, every kind, in their own language. */
    public static ReminderPreferences defaults(long userId) {
        return new ReminderPreferences(userId, null, DEFAULT_ZONE, Digest.OFF, DEFAULT_LEAD_DAYS, Set.of(), -1);
    }

    /** Whether these were never saved. */
    public boolean isNew() {
        return version < 0;
    }

    public boolean wants(DeadlineKind kind) {
        return !optedOut.contains(kind);
    }

    /** Whether a user of these roles with these preferences is told of deadlines of that kind. */
    public boolean follows(DeadlineKind kind, Set<Role> roles) {
        return kind.ownedByAnyOf(roles) && wants(kind);
    }
}
