package org.dpatracker.redflag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dpatracker.redflag.AgreementFacts.Certificate;
import org.dpatracker.redflag.AgreementFacts.Party;

/**
 * Art. 28(1), 32 GDPR: a certificate against a withdrawn version of its standard no longer shows
 * the current state of the art. Each superseded version is data: kind, how a label names it, and
 * the day its transition ended.
 */
class SupersededStandardRule extends CertificateRule {

    /** A standard version whose certificates lapsed at the end of a transition period. */
    record Superseded(String kind, Pattern label, LocalDate transitionEnded, String successor) {}

    /** ISO/IEC 27001:2013: the IAF transition (MD 26) to ISO/IEC 27001:2022 ended on 31 October 2025. */
    static final List<Superseded> VERSIONS = List.of(new Superseded(
            "ISO_27001", Pattern.compile("27001\\s*:\\s*2013"), LocalDate.of(2025, 10, 31), "ISO/IEC 27001:2022"));

    private final Clock clock;

    SupersededStandardRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    Stream<RedFlag> flags(Party party, Certificate certificate) {
        LocalDate today = LocalDate.now(clock);
        return VERSIONS.stream()
                .filter(version -> version.kind().equals(certificate.kind())
                        && certificate.label() != null
                        && version.label().matcher(certificate.label()).find()
                        && today.isAfter(version.transitionEnded()))
                .map(version -> RedFlag.of(
                        RedFlagType.CERTIFICATION_SUPERSEDED,
                        party.name(),
                        certificate.label(),
                        version.transitionEnded().toString(),
                        version.successor()));
    }
}
