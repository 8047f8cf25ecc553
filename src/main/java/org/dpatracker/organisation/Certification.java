package org.dpatracker.organisation;

import java.time.LocalDate;

/** A certificate held by an organisation; {@code label} names it precisely (e.g. "ISO/IEC 27001:2013"). */
public record Certification(
        Long id, CertificationKind kind, String label, String issuer, LocalDate validUntil, String reference) {

    public String displayLabel() {
        return label == null || label.isBlank() ? kind.name() : label;
    }
}
