package org.dpatracker.redflag;

import java.util.stream.Stream;
import org.dpatracker.redflag.AgreementFacts.Certificate;
import org.dpatracker.redflag.AgreementFacts.Party;

/**
 * Art. 28(1), 28(5) GDPR: a certificate shows sufficient guarantees only while it is valid; one
 * without a recorded expiry date is unverified, not valid. The DPO's confirmation that a recipient
 * falls within an adequacy decision's scope has no expiry.
 */
class UnverifiedCertificationRule extends CertificateRule {

    @Override
    Stream<RedFlag> flags(Party party, Certificate certificate) {
        if (certificate.validUntil() != null || AdequacyScopeRule.SCOPE_CONFIRMED.equals(certificate.kind())) {
            return Stream.empty();
        }
        return Stream.of(
                RedFlag.of(RedFlagType.CERTIFICATION_UNVERIFIED, party.name(), Certificates.name(certificate)));
    }
}
