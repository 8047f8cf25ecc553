package org.dpatracker.redflag;

import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.TransferMechanism;

/** Art. 44 GDPR: every transfer outside the EEA needs a Chapter V mechanism. */
class NoTransferMechanismRule extends LocationRule {

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        return !Countries.isInEea(location.country())
                && (location.mechanism() == null || location.mechanism() == TransferMechanism.NONE);
    }

    @Override
    RedFlag flag(Party party, Location location) {
        return RedFlag.of(RedFlagType.NO_TRANSFER_MECHANISM, party.name(), location.country());
    }
}
