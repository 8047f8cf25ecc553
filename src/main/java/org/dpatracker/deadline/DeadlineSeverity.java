package org.dpatracker.deadline;

/** How much a missed deadline costs: urgent ones are mailed at once, whatever the user's digest. */
public enum DeadlineSeverity {
    /** A statutory clock of hours (Art. 33, 34 GDPR). */
    URGENT,
    /** A window that closes for good (an objection) or a duty to confirm. */
    HIGH,
    NORMAL
}
