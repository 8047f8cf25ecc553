package org.dpatracker.history;

import java.time.Instant;

/** One entry of the change history, as stored. States are JSON objects of the row's values. */
public record ChangeEntry(
        long seq,
        Instant changedAt,
        String changedBy,
        String entity,
        String entityId,
        Operation operation,
        String beforeState,
        String afterState,
        String previousHash,
        String hash) {}
