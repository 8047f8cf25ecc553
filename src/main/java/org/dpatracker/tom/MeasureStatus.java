package org.dpatracker.tom;

/** How far a party has taken a measure. OPEN means nobody has assessed it yet. */
public enum MeasureStatus {
    OPEN,
    IMPLEMENTED,
    PARTLY,
    PLANNED,
    NOT_APPLICABLE,
    MISSING
}
