package org.dpatracker.redflag;

import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.TransferMechanism;

/**
 * Clause 14 of the standard clauses 2021/914 (after CJEU C-311/18): the parties warrant, on the
 * basis of a documented transfer impact assessment, that the importer's laws let it comply.
 */
class SccWithoutAssessmentRule extends LocationRule {

    @Override
    boolean applies(AgreementFacts facts, Party party, Location location) {
        return location.mechanism() == TransferMechanism.SCC_2021
                && (location.assessmentReference() == null
                        || location.assessmentReference().isBlank());
    }

    @Override
    RedFlag flag(AgreementFacts facts, Party party, Location location) {
        return RedFlag.of(RedFlagType.SCC_WITHOUT_TIA, party.name(), location.country());
    }
}
