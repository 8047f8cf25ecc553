package org.dpatracker.history;

/** What happened to a row. */
public enum Operation {
    INSERT,
    UPDATE,
    DELETE
}
