package org.dpatracker.audit;

/** Who pays for an audit under the contract. */
public enum CostBearer {
    CONTROLLER,
    PROCESSOR,
    SHARED
}
