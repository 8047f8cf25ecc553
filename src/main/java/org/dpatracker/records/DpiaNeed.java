package org.dpatracker.records;

/** Whether a data protection impact assessment (Art. 35 GDPR) is needed. */
public enum DpiaNeed {
    REQUIRED,
    NOT_REQUIRED
}
