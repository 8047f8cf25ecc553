package org.dpatracker.redflag;

import java.time.Clock;
import java.time.LocalDate;
import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.Countries;

/**
 * Art. 44 GDPR: every transfer outside the EEA needs a Chapter V mechanism. An adequacy decision in
 * force (Art. 45) is one: there "none recorded" is no gap; whether its scope covers the recipient is
 * {@link UsWithoutDpfRule}'s and {@link AdequacyScopeRule}'s question.
 */
class NoTransferMechanismRule extends LocationRule {

    private final Clock clock;

    NoTransferMechanismRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        return !Countries.isInEea(location.country())
                && location.withoutMechanism()
                && facts.adequacyOn(location.country(), LocalDate.now(clock)).isEmpty();
    }

    @Override
    RedFlag flag(AgreementFacts facts, Party party, Location location) {
        return RedFlag.of(RedFlagType.NO_TRANSFER_MECHANISM, party.name(), location.country());
    }
}
