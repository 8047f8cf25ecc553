package org.dpatracker.processor;

import java.time.LocalDate;

/** The signed agreement itself: which document, who signed it, when it runs, and where the copy is kept. */
public record AgreementDocument(
        String title,
        String version,
        LocalDate signedOn,
        String signedBy,
        LocalDate validFrom,
        LocalDate validUntil,
        String termAndTermination,
        String signedCopyLocation) {

    public static final AgreementDocument EMPTY = new AgreementDocument(null, null, null, null, null, null, null, null);
}
