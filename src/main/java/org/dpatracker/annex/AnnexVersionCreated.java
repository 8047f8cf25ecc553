package org.dpatracker.annex;

/** A new annex version was archived for an agreement; published inside the archiving transaction. */
public record AnnexVersionCreated(long annexId, long agreementId, String language, int version, String documentId) {}
