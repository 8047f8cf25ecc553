package org.dpatracker.evidence;

/** What a piece of evidence is. */
public enum DocumentKind {
    SIGNED_DPA,
    ANNEX,
    SCC,
    TIA,
    CERTIFICATE,
    AUDIT_REPORT,
    DELETION_CERTIFICATE,
    NOTICE,
    OTHER
}
