package org.dpatracker.redflag;

import java.util.EnumSet;
import java.util.Set;
import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.TransferMechanism;

/** Decision 2021/914, Art. 4: the clauses 2001/497/EC, 2004/915/EC and 2010/87/EU ended on 27 December 2022. */
class OldStandardClausesRule extends LocationRule {

    private static final Set<TransferMechanism> OLD =
            EnumSet.of(TransferMechanism.SCC_2001_497, TransferMechanism.SCC_2004_915, TransferMechanism.SCC_2010_87);

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        return OLD.contains(location.mechanism());
    }

    @Override
    RedFlag flag(AgreementFacts facts, Party party, Location location) {
        return RedFlag.of(
                RedFlagType.OLD_STANDARD_CLAUSES,
                party.name(),
                location.country(),
                location.mechanism().name());
    }
}
