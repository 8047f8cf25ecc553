package org.dpatracker.deadline;

import java.util.Locale;

/**
 * What the deadlines page needs to offer one deadline as a calendar entry, without the deadline feature
 * depending on the calendar feature that builds on it.
 */
public interface DeadlineCalendar {

    /** The deadline as an iCalendar file (RFC 5545) with one event, in this language. */
    byte[] entry(Deadline deadline, Locale locale);

    /** The name to save it under, such as {@code agreement-review-2026-07-01.ics}. */
    static String fileName(Deadline deadline) {
        String due = deadline.dueAt() != null
                ? deadline.dueAt().toString().substring(0, 10)
                : deadline.dueOn().toString();
        return deadline.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + due + ".ics";
    }
}
