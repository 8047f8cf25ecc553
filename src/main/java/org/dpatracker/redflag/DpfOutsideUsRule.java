package org.dpatracker.redflag;

import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.TransferMechanism;

/** Decision 2023/1795 covers certified organisations in the United States only; elsewhere the DPF is no basis. */
class DpfOutsideUsRule extends LocationRule {

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        return location.mechanism() == TransferMechanism.DATA_PRIVACY_FRAMEWORK && !"US".equals(location.country());
    }

    @Override
    RedFlag flag(AgreementFacts facts, Party party, Location location) {
        return RedFlag.of(RedFlagType.DPF_OUTSIDE_US, party.name(), location.country());
    }
}
