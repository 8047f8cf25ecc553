package org.dpatracker.history;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A kind of row whose changes the history records, as the verification reads it back: each feature
 * registers one bean per entity, so that the history does not need to know the features' tables.
 * The verification compares every current row with the last state the history recorded for it.
 */
public interface RecordedEntity {

    /** The entity name under which the feature records its changes. */
    String entity();

    /**
     * Feeds every current row to {@code row}: its id as the history records it and the state the
     * feature records for it, read through the same repository the feature writes with.
     */
    void readCurrent(BiConsumer<String, Map<String, ?>> row);

    /**
     * Fields some entries add to say how a row changed rather than what it holds (e.g. that a
     * password was changed); they are left out of the comparison.
     */
    default Set<String> changeOnlyFields() {
        return Set.of();
    }
}
