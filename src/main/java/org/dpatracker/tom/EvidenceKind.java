package org.dpatracker.tom;

/** What proves that a measure is taken. */
public enum EvidenceKind {
    CERTIFICATE,
    AUDIT_REPORT,
    DOCUMENT
}
