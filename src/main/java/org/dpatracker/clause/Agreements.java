package org.dpatracker.clause;

import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.SubprocessorTerms;

/** Copies of an agreement with one fact changed, as the clause checker fills them in. */
final class Agreements {

    private Agreements() {}

    static Agreement withTerms(Agreement a, SubprocessorTerms terms) {
        return new Agreement(
                a.id(),
                a.version(),
                a.controllerId(),
                a.processorId(),
                a.status(),
                a.nextReview(),
                a.processing(),
                a.document(),
                terms,
                a.ownPurposeUse(),
                a.ownPurposeClause(),
                a.source(),
                a.locations(),
                a.relationship(),
                a.jointArrangement());
    }

    /** Art. 28(10) GDPR: the processor uses the data for its own purposes, as the clause says. */
    static Agreement withOwnPurpose(Agreement a, String clause) {
        return new Agreement(
                a.id(),
                a.version(),
                a.controllerId(),
                a.processorId(),
                a.status(),
                a.nextReview(),
                a.processing(),
                a.document(),
                a.subprocessorTerms(),
                true,
                clause,
                a.source(),
                a.locations(),
                a.relationship(),
                a.jointArrangement());
    }
}
