package org.dpatracker.processor;

import java.time.LocalDate;
import org.dpatracker.organisation.CertificationKind;

/**
 * A certificate with an expiry date of a processor or subprocessor in an agreement in force; the agreement
 * is the first (lowest id) that relies on it, so that a certificate is one deadline however many agreements
 * rely on it.
 */
public record CertificateDue(
        long certificationId,
        long agreementId,
        String organisationName,
        CertificationKind kind,
        String label,
        LocalDate validUntil) {}
