package org.dpatracker.redflag;

import java.util.List;
import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;

/** A rule that looks at each processing location of each party on its own. */
abstract class LocationRule implements RedFlagRule {

    @Override
    public final List<RedFlag> check(AgreementFacts facts) {
        return facts.parties().stream()
                .flatMap(party -> party.locations().stream()
                        .filter(location -> applies(facts, party, location))
                        .map(location -> flag(facts, party, location)))
                .distinct()
                .toList();
    }

    abstract boolean applies(AgreementFacts facts, Party party, Location location);

    abstract RedFlag flag(AgreementFacts facts, Party party, Location location);
}
