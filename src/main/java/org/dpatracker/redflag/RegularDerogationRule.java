package org.dpatracker.redflag;

import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.TransferMechanism;

/**
 * Art. 49 GDPR and EDPB Guidelines 2/2018: the derogations are exceptions for occasional transfers;
 * a processor's service transfers regularly and repeatedly, so it needs an Art. 45 or 46 basis.
 */
class RegularDerogationRule extends LocationRule {

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        return location.mechanism() == TransferMechanism.ART_49_DEROGATION;
    }

    @Override
    RedFlag flag(AgreementFacts facts, Party party, Location location) {
        return RedFlag.of(RedFlagType.DEROGATION_FOR_REGULAR_TRANSFERS, party.name(), location.country());
    }
}
