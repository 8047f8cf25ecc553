package org.dpatracker.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One thing that falls due: a 72-hour clock has an instant ({@code dueAt}), the others a day
 * ({@code dueOn}). {@code subject} names what it is about; {@code breachId} links a breach.
 */
public record Deadline(
        DeadlineKind kind,
        Instant dueAt,
        LocalDate dueOn,
        Long agreementId,
        String processorName,
        Long breachId,
        String subject,
        boolean overdue) {

    /** The moment it falls due, for sorting: the instant, or the end of the due day. */
    public Instant sortKey() {
        return dueAt != null
                ? dueAt
                : dueOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
