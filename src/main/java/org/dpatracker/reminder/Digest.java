package org.dpatracker.reminder;

/** Whether a user gets the reminders one by one or collected in a digest (urgent ones always at once). */
public enum Digest {
    OFF,
    DAILY,
    WEEKLY
}
