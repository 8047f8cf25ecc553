package org.dpatracker.retention;

import java.time.LocalDate;

/**
 * A retention rule with its dates: the trigger date (recorded, or the end of the agreement for
 * "end of contract"), when the data and its backups fall due for deletion, and whether that passed.
 */
public record ScheduledRule(
        RetentionRule rule,
        LocalDate triggerDate,
        LocalDate deletionDue,
        LocalDate backupDeletionDue,
        boolean overdue) {}
