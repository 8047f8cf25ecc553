package org.dpatracker.clause;

/** Where a finding stands: proposed by the rules, accepted (and filled in) or rejected by the DPO. */
public enum FindingStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED
}
