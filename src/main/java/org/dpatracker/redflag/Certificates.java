package org.dpatracker.redflag;

import org.dpatracker.redflag.AgreementFacts.Certificate;

/** How flags name a certificate: its label, or its kind where no label was recorded. */
final class Certificates {

    private Certificates() {}

    static String name(Certificate certificate) {
        return certificate.label() == null || certificate.label().isBlank() ? certificate.kind() : certificate.label();
    }
}
