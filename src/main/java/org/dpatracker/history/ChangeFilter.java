package org.dpatracker.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Narrows the history list: one kind of entity, one row of it, any text in the entry, the user who
 * made the change, and the days (from and to, inclusive, in {@code zone}) it was made on. Each part is
 * optional; the parts given all apply.
 */
public record ChangeFilter(
        String entity, String entityId, String text, String user, LocalDate from, LocalDate to, ZoneId zone) {

    public ChangeFilter {
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    public ChangeFilter(String entity, String entityId, String text) {
        this(entity, entityId, text, null, null, null, null);
    }

    public static ChangeFilter all() {
        return new ChangeFilter(null, null, null);
    }
}
