package org.dpatracker.organisation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Adequacy decision (EU) 2023/1795 covers a US recipient only while it is listed under the EU-US Data
 * Privacy Framework: a DPF certification with a known expiry date not yet passed (the listing is renewed
 * yearly).
 */
public final class DpfCertification {

    private DpfCertification() {}

    /** The organisation's current DPF certification, if it has one on record. */
    public static Optional<Certification> current(Organisation organisation, LocalDate today) {
        return organisation.certifications().stream()
                .filter(c -> c.kind() == CertificationKind.EU_US_DPF)
                .filter(c -> c.validUntil() != null && !c.validUntil().isBefore(today))
                .findFirst();
    }
}
