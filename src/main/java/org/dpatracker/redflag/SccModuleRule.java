package org.dpatracker.redflag;

import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.TransferMechanism;

/**
 * Decision 2021/914: module 2 governs transfers from the controller to its processor, module 3 from
 * a processor to its subprocessor; modules 1 and 4 are for importers that are controllers, which a
 * processor or subprocessor is not. A recipient that is itself a controller takes module 1.
 */
class SccModuleRule extends LocationRule {

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        Integer module = location.sccModule();
        // A subprocessor on module 2 may have signed the clauses with the controller directly (Clause 9).
        return location.mechanism() == TransferMechanism.SCC_2021
                && module != null
                && module != expected(facts, party)
                && !(party.subprocessor() && module == 2);
    }

    private static int expected(AgreementFacts facts, Party party) {
        if (party.subprocessor()) {
            return 3;
        }
        return facts.ofProcessor() ? 2 : 1;
    }

    @Override
    RedFlag flag(AgreementFacts facts, Party party, Location location) {
        return RedFlag.of(
                RedFlagType.SCC_MODULE_MISMATCH,
                party.name(),
                location.country(),
                String.valueOf(location.sccModule()),
                String.valueOf(expected(facts, party)));
    }
}
