package org.dpatracker.contract;

/** Whether the contract covers a point; OPEN until someone has read the contract for it. */
public enum PointStatus {
    OPEN,
    PRESENT,
    PARTIAL,
    MISSING
}
