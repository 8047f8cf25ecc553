package org.dpatracker.redflag;

import java.util.List;
import java.util.stream.Stream;
import org.dpatracker.redflag.AgreementFacts.Certificate;
import org.dpatracker.redflag.AgreementFacts.Party;

/** A rule that looks at each certificate of each party on its own. */
abstract class CertificateRule implements RedFlagRule {

    @Override
    public final List<RedFlag> check(AgreementFacts facts) {
        return facts.parties().stream()
                .flatMap(party -> party.certificates().stream().flatMap(certificate -> flags(party, certificate)))
                .distinct()
                .toList();
    }

    abstract Stream<RedFlag> flags(Party party, Certificate certificate);
}
