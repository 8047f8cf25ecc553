package org.dpatracker.annex;

import java.time.Instant;

/** One archived annex, without its bytes. */
public record AnnexVersion(
        long id,
        long agreementId,
        String language,
        int version,
        String documentId,
        String sha256,
        String fingerprint,
        int byteSize,
        int pageCount,
        String generatedBy,
        Instant generatedAt) {

    /** The file name users get: processor-free, since names may contain anything. */
    public String fileName() {
        return "dpa-annex-" + agreementId + "-v" + version + "-" + language + ".pdf";
    }
}
