package org.dpatracker.retention;

/** The event a retention period runs from. */
public enum RetentionTrigger {
    END_OF_CONTRACT,
    COLLECTION,
    LAST_CONTACT,
    END_OF_CALENDAR_YEAR,
    CONSENT_WITHDRAWN,
    PURPOSE_FULFILLED,
    CUSTOM_EVENT
}
