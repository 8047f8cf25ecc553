package org.dpatracker.breach;

/** Why data subjects need not be told of a high-risk breach, Art. 34(3)(a)–(c) GDPR. */
public enum SubjectsExemption {
    DATA_UNINTELLIGIBLE,
    RISK_NO_LONGER_LIKELY,
    PUBLIC_COMMUNICATION
}
