package org.dpatracker.retention;

/** What the controller chose for the end of the agreement, Art. 28(3)(g) GDPR. */
public enum DeletionChoice {
    DELETE,
    RETURN
}
