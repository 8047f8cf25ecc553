package org.dpatracker.records;

/**
 * Narrows the record: one controller, one department, controller or processor records, only activities with transfers.
 */
public record RecordFilter(Long controllerId, String department, RecordRole role, boolean transfersOnly) {

    public static RecordFilter all() {
        return new RecordFilter(null, null, null, false);
    }
}
