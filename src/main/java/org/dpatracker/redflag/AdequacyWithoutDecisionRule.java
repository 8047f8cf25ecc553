package org.dpatracker.redflag;

import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.TransferMechanism;

/** Art. 45 GDPR: adequacy is a basis only for countries the Commission has decided on. */
class AdequacyWithoutDecisionRule extends LocationRule {

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        return location.mechanism() == TransferMechanism.ADEQUACY && !Countries.isInEea(location.country())
                && !facts.adequateCountries().contains(location.country());
    }

    @Override
    RedFlag flag(Party party, Location location) {
        return RedFlag.of(RedFlagType.ADEQUACY_WITHOUT_DECISION, party.name(), location.country());
    }
}
