package org.dpatracker.records;

/**
 * The review workflow: a draft goes to review and a DPO approves it; editing an approved record makes it a draft again.
 */
public enum RecordStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED
}
