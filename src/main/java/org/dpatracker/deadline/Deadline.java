package org.dpatracker.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One thing that falls due: a 72-hour clock has an instant ({@code dueAt}), the others a day
 * ({@code dueOn}). {@code object} names what it is about in a stable way ({@code breach:12},
 * {@code agreement:5}, {@code adequacy:JP}); {@code subject} says it in words; the ids link the page
 * that deals with it.
 */
public record Deadline(
        DeadlineKind kind,
        String object,
        Instant dueAt,
        LocalDate dueOn,
        Long agreementId,
        String processorName,
        Long breachId,
        Long recordId,
        String subject,
        boolean overdue) {

    /**
     * What identifies this deadline across runs, restarts and nodes: its kind, its object and when it is
     * due. A deadline that moves is a new one (and is reminded of again); the old one is gone.
     */
    public String key() {
        return kind + "|" + object + "|" + (dueAt != null ? dueAt : dueOn);
    }

    /** The moment it falls due, for sorting: the instant, or the end of the due day. */
    public Instant sortKey() {
        return dueAt != null
                ? dueAt
                : dueOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The address, relative to the application, of the page where it is dealt with. */
    public String path() {
        if (breachId != null) {
            return "breach/" + breachId;
        }
        if (recordId != null) {
            return "record/" + recordId;
        }
        if (agreementId != null) {
            return "agreement/" + agreementId;
        }
        return kind == DeadlineKind.ADEQUACY_REVIEW || kind == DeadlineKind.ADEQUACY_SUNSET ? "adequacy" : "deadlines";
    }
}
