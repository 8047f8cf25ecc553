package org.dpatracker.clause;

/**
 * How a rule reads its value: a fixed value, a period in days (weeks and months converted), a period in
 * hours (days converted), or the text of the group named {@code v}.
 */
public enum ValueReading {
    FIXED,
    DAYS,
    HOURS,
    TEXT
}
