package org.dpatracker.breach;

/** Whether the processor may notify the supervisory authority itself. */
public enum AuthorityNotification {
    NOT_ALLOWED,
    ONLY_ON_INSTRUCTION,
    ALLOWED
}
