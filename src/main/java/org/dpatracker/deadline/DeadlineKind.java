package org.dpatracker.deadline;

/** What falls due. */
public enum DeadlineKind {
    BREACH_AUTHORITY,
    BREACH_SUBJECTS,
    DELETION,
    BACKUP_DELETION,
    DELETION_CONFIRMATION,
    OBJECTION,
    AUDIT,
    REMEDIATION_ACTION,
    RECORD_REVIEW
}
