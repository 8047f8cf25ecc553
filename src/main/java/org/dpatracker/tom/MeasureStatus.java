package org.dpatracker.tom;

/** How far a party has taken a measure. OPEN means nobody has assessed it yet. */
public enum MeasureStatus {
    OPEN,
    IMPLEMENTED,
    PARTLY,
    PLANNED,
    NOT_APPLICABLE,
    MISSING;

    /** Implemented, partly or planned: the party says it takes the measure, so it must say how. */
    public boolean claimsMeasure() {
        return this == IMPLEMENTED || this == PARTLY || this == PLANNED;
    }
}
