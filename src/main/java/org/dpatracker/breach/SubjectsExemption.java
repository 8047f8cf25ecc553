package org.dpatracker.breach;

/**
 * Why data subjects need not be told of a high-risk breach, Art. 34(3)(a)–(b) GDPR. A public
 * communication (Art. 34(3)(c)) informs them and is recorded as the {@link InformingChannel}.
 */
public enum SubjectsExemption {
    DATA_UNINTELLIGIBLE,
    RISK_NO_LONGER_LIKELY
}
