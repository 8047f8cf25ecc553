package org.dpatracker.reminder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.deadline.DeadlineSeverity;

/**
 * Which reminder a deadline is due for, when a digest goes out, and what cannot wait for a digest. Pure
 * rules over the deadline, the user's lead times and time zone, and the instant of the run.
 */
public final class ReminderPlan {

    /** The stage of the one reminder sent after a deadline passed. */
    public static final String OVERDUE = "OVERDUE";

    /** The stage a digest is recorded under. */
    public static final String DIGEST = "DIGEST";

    /** When the digest goes out in the user's time zone: daily from then on, weekly from Monday then on. */
    static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);

    private ReminderPlan() {}

    /**
     * The reminder a deadline is due for now: the nearest lead time it has come within ({@code "7"} for seven
     * days ahead), {@link #OVERDUE} once it has passed, empty while it is further away than every lead time.
     * A deadline that appears closer than a lead time gets the reminder of the nearest lead time at once;
     * the lead times it skipped are not sent afterwards.
     */
    public static Optional<String> stage(Deadline deadline, List<Integer> leadDays, Instant now, ZoneId zone) {
        if (passed(deadline, now, zone)) {
            return Optional.of(OVERDUE);
        }
        return leadDays.stream()
                .sorted()
                .filter(days -> within(deadline, Duration.ofDays(days), now, zone))
                .findFirst()
                .map(String::valueOf);
    }

    /**
     * Whether the reminder is mailed at once, whatever the user's digest: the 72-hour clock and informing the
     * data subjects of a high-risk breach, an objection window of less than seven days, anything due within
     * 24 hours (a day-dated deadline: due today or tomorrow).
     */
    public static boolean urgent(Deadline deadline, Instant now, ZoneId zone) {
        if (deadline.kind().severity() == DeadlineSeverity.URGENT) {
            return true;
        }
        if (passed(deadline, now, zone)) {
            return false;
        }
        return within(deadline, Duration.ofDays(1), now, zone)
                || deadline.kind() == DeadlineKind.OBJECTION && within(deadline, Duration.ofDays(6), now, zone);
    }

    /**
     * The period a digest is due for now ({@code 2026-12-02} daily, {@code 2026-W49} weekly), empty without a
     * digest or before the digest's time of the day (weekly: before Monday's).
     */
    public static Optional<String> digestPeriod(Digest digest, Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        return switch (digest) {
            case OFF -> Optional.empty();
            case DAILY -> local.toLocalTime().isBefore(DIGEST_TIME) ? Optional.empty() : Optional.of(day.toString());
            case WEEKLY ->
                day.getDayOfWeek() == DayOfWeek.MONDAY && local.toLocalTime().isBefore(DIGEST_TIME)
                        ? Optional.empty()
                        : Optional.of(String.format(
                                "%d-W%02d",
                                day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        };
    }

    /** Whether the deadline has passed: its instant, or the end of its day in the user's time zone. */
    static boolean passed(Deadline deadline, Instant now, ZoneId zone) {
        return deadline.overdue() || !due(deadline, zone).isAfter(now);
    }

    /**
     * Whether the deadline is no further away than {@code ahead}: an instant by the clock, a day by the
     * calendar in the user's time zone (due in seven days is within seven days all day today).
     */
    private static boolean within(Deadline deadline, Duration ahead, Instant now, ZoneId zone) {
        if (deadline.dueAt() != null) {
            return Duration.between(now, deadline.dueAt()).compareTo(ahead) <= 0;
        }
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), deadline.dueOn()) <= ahead.toDays();
    }

    /** The instant it falls due: its own, or the end of the due day in the time zone. */
    private static Instant due(Deadline deadline, ZoneId zone) {
        return deadline.dueAt() != null
                ? deadline.dueAt()
                : deadline.dueOn().plus(1, ChronoUnit.DAYS).atStartOfDay(zone).toInstant();
    }
}
