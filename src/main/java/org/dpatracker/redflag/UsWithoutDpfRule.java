package org.dpatracker.redflag;

import java.time.Clock;
import java.time.LocalDate;
import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.TransferMechanism;

/**
 * Decision 2023/1795: the US adequacy covers only organisations with an active DPF certification. A
 * US location that relies on it (adequacy or DPF chosen, or no other mechanism recorded) needs one
 * with a known expiry date not yet passed.
 */
class UsWithoutDpfRule extends LocationRule {

    static final String DPF = "EU_US_DPF";

    private final Clock clock;

    UsWithoutDpfRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        LocalDate today = LocalDate.now(clock);
        boolean reliesOnAdequacy = location.mechanism() == TransferMechanism.DATA_PRIVACY_FRAMEWORK
                || facts.reliesOnAdequacy(location, today);
        return "US".equals(location.country()) && reliesOnAdequacy && !party.holdsValid(DPF, today);
    }

    @Override
    RedFlag flag(AgreementFacts facts, Party party, Location location) {
        return RedFlag.of(RedFlagType.US_WITHOUT_DPF, party.name(), location.country());
    }
}
