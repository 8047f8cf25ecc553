package org.dpatracker.redflag;

import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.TransferMechanism;

/** Art. 44 ff. GDPR: Privacy Shield (CJEU C-311/18, 16 July 2020) and Safe Harbor (C-362/14) are void. */
class InvalidatedFrameworkRule extends LocationRule {

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        return location.mechanism() == TransferMechanism.PRIVACY_SHIELD
                || location.mechanism() == TransferMechanism.SAFE_HARBOR;
    }

    @Override
    RedFlag flag(AgreementFacts facts, Party party, Location location) {
        return RedFlag.of(
                RedFlagType.INVALIDATED_FRAMEWORK,
                party.name(),
                location.country(),
                location.mechanism().name());
    }
}
