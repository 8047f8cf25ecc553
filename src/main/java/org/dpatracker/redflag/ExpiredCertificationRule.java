package org.dpatracker.redflag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Art. 28(1), 28(5) GDPR: sufficient guarantees; a lapsed certificate no longer shows them. */
class ExpiredCertificationRule implements RedFlagRule {

    private final Clock clock;

    ExpiredCertificationRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        LocalDate today = LocalDate.now(clock);
        return facts.parties().stream()
                .flatMap(party -> party.certificates().stream()
                        .filter(certificate -> certificate.validUntil() != null && certificate.validUntil().isBefore(today))
                        .map(certificate -> RedFlag.of(RedFlagType.EXPIRED_CERTIFICATION, party.name(),
                                Certificates.name(certificate), certificate.validUntil().toString())))
                .distinct()
                .toList();
    }
}
