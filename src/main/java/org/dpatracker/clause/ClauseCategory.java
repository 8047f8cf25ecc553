package org.dpatracker.clause;

/** The groups the review counts findings in. */
public enum ClauseCategory {
    ART28_POINTS,
    SUBPROCESSORS,
    BREACH,
    AUDIT,
    DELETION,
    RETENTION,
    LOCATION,
    TRANSFER,
    OWN_PURPOSE,
    LIABILITY
}
