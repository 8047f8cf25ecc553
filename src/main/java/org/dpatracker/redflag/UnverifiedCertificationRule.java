package org.dpatracker.redflag;

import java.util.List;

/**
 * Art. 28(1), 28(5) GDPR: a certificate shows sufficient guarantees only while it is valid; one
 * without a recorded expiry date is unverified, not valid. The DPO's confirmation that a recipient
 * falls within an adequacy decision's scope has no expiry.
 */
class UnverifiedCertificationRule implements RedFlagRule {

    @Override
    public List<RedFlag> check(AgreementFacts facts) {
        return facts.parties().stream()
                .flatMap(party -> party.certificates().stream()
                        .filter(certificate -> certificate.validUntil() == null
                                && !AdequacyScopeRule.SCOPE_CONFIRMED.equals(certificate.kind()))
                        .map(certificate -> RedFlag.of(RedFlagType.CERTIFICATION_UNVERIFIED, party.name(),
                                Certificates.name(certificate))))
                .distinct()
                .toList();
    }
}
