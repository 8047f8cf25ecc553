package org.dpatracker.redflag;

/** The kinds of problem the register detects; each has a one-line explanation citing its rule. */
public enum RedFlagType {
    INVALIDATED_FRAMEWORK,
    OLD_STANDARD_CLAUSES,
    US_WITHOUT_DPF,
    NO_TRANSFER_MECHANISM,
    ADEQUACY_WITHOUT_DECISION,
    OWN_PURPOSES,
    EXPIRED_CERTIFICATION,
    REVIEW_OVERDUE,
    MEASURES_MISSING,
    CONTRACT_POINT_MISSING
}
