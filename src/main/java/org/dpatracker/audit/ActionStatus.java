package org.dpatracker.audit;

/** Where a remediation action stands. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
