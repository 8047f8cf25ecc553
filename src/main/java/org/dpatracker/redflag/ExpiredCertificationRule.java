package org.dpatracker.redflag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.dpatracker.redflag.AgreementFacts.Certificate;
import org.dpatracker.redflag.AgreementFacts.Party;

/** Art. 28(1), 28(5) GDPR: sufficient guarantees; a lapsed certificate no longer shows them. */
class ExpiredCertificationRule extends CertificateRule {

    private final Clock clock;

    ExpiredCertificationRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    Stream<RedFlag> flags(Party party, Certificate certificate) {
        if (certificate.validUntil() == null || !certificate.validUntil().isBefore(LocalDate.now(clock))) {
            return Stream.empty();
        }
        return Stream.of(RedFlag.of(
                RedFlagType.EXPIRED_CERTIFICATION,
                party.name(),
                Certificates.name(certificate),
                certificate.validUntil().toString()));
    }
}
