package org.dpatracker.deadline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A part of the deadline list: the overdue deadlines, or those not yet overdue that fall due from {@code from}
 * to {@code to}, both days included (UTC). It is what a bar of the start page's timeline counts and what the
 * deadline list shows when opened from it ({@link #query()}).
 */
public record DeadlineWindow(boolean overdue, LocalDate from, LocalDate to) {

    public static DeadlineWindow overdueOnly() {
        return new DeadlineWindow(true, null, null);
    }

    public static DeadlineWindow between(LocalDate from, LocalDate to) {
        return new DeadlineWindow(false, from, to);
    }

    public boolean contains(Deadline deadline) {
        if (overdue) {
            return deadline.overdue();
        }
        LocalDate day =
                deadline.dueOn() != null ? deadline.dueOn() : LocalDate.ofInstant(deadline.dueAt(), ZoneOffset.UTC);
        return !deadline.overdue() && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The deadline list's address showing just this window. */
    public String query() {
        return overdue ? "deadlines?overdue=true" : "deadlines?from=" + from + "&to=" + to;
    }

    /** The window the query parameters of {@link #query()} name; empty when they name none or cannot be read. */
    public static Optional<DeadlineWindow> parse(Map<String, List<String>> parameters) {
        if (List.of("true").equals(parameters.get("overdue"))) {
            return Optional.of(overdueOnly());
        }
        try {
            LocalDate from = LocalDate.parse(single(parameters, "from"));
            LocalDate to = LocalDate.parse(single(parameters, "to"));
            return from.isAfter(to) ? Optional.empty() : Optional.of(between(from, to));
        } catch (DateTimeParseException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.size() != 1 ? null : values.getFirst();
    }
}
