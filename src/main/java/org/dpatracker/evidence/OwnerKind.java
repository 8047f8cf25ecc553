package org.dpatracker.evidence;

/** What a document is attached to; the owner's id is the id of a row of that kind. */
public enum OwnerKind {
    AGREEMENT,
    ORGANISATION,
    AUDIT,
    BREACH,
    /** The confirmation that an agreement's data were deleted or returned; its id is the agreement's. */
    DELETION_CONFIRMATION,
    NOTICE
}
