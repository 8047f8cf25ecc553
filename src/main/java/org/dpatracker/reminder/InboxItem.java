package org.dpatracker.reminder;

import java.time.Instant;
import java.time.LocalDate;
import org.dpatracker.deadline.DeadlineKind;

/** A reminder as the bell shows it: what falls due when, the page to open, and whether it was read. */
public record InboxItem(
        long id,
        DeadlineKind kind,
        String stage,
        String subject,
        Instant dueAt,
        LocalDate dueOn,
        String path,
        Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
