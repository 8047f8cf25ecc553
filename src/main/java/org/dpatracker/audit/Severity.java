package org.dpatracker.audit;

/** How serious an audit finding is. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
