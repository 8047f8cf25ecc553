package org.dpatracker.history;

/** Narrows the history list: one kind of entity, one row of it, or any text in the entry. */
public record ChangeFilter(String entity, String entityId, String text) {

    public static ChangeFilter all() {
        return new ChangeFilter(null, null, null);
    }
}
