package org.dpatracker.breach;

/**
 * The risk a breach poses to data subjects: it decides whether the authority (Art. 33) and the subjects (Art. 34) are
 * told.
 */
public enum Risk {
    UNLIKELY,
    RISK,
    HIGH_RISK
}
