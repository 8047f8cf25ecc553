package org.dpatracker.redflag;

import java.time.Clock;
import java.time.LocalDate;
import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.TransferMechanism;

/** Art. 45 GDPR: adequacy is a basis only where a Commission decision is in force (not past its sunset date). */
class AdequacyWithoutDecisionRule extends LocationRule {

    private final Clock clock;

    AdequacyWithoutDecisionRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        return location.mechanism() == TransferMechanism.ADEQUACY
                && !Countries.isInEea(location.country())
                && facts.adequacyOn(location.country(), LocalDate.now(clock)).isEmpty();
    }

    @Override
    RedFlag flag(AgreementFacts facts, Party party, Location location) {
        return RedFlag.of(RedFlagType.ADEQUACY_WITHOUT_DECISION, party.name(), location.country());
    }
}
