package org.dpatracker.breach;

/** What a breach notification must contain, Art. 33(3)(a)–(d) GDPR. */
public enum BreachContent {
    NATURE_AND_NUMBERS,
    CONTACT_POINT,
    CONSEQUENCES,
    MEASURES
}
