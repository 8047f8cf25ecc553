package org.dpatracker.evidence;

/** A document's newest version with a valid-until day, and the agreement whose page deals with it (if any). */
public record ExpiringDocument(Document document, Long agreementId) {}
