package org.dpatracker.audit;

/** How an audit is carried out. Only on-site and remote inspections count against the contract's limit. */
public enum AuditKind {
    ON_SITE,
    REMOTE,
    DOCUMENT_REVIEW,
    CERTIFICATE_CHECK;

    public boolean isInspection() {
        return this == ON_SITE || this == REMOTE;
    }
}
