package org.dpatracker.annex;

import java.time.Instant;

/** What identifies one generated annex: its version, document id, and who generated it when. */
public record AnnexStamp(int version, String documentId, String generatedBy, Instant generatedAt) {}
