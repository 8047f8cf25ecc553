package org.dpatracker.processor;

/** Special categories of personal data (Art. 9(1) GDPR) and criminal offence data (Art. 10). */
public enum SpecialCategory {
    RACIAL_OR_ETHNIC_ORIGIN,
    POLITICAL_OPINIONS,
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
    TRADE_UNION_MEMBERSHIP,
    GENETIC,
    BIOMETRIC,
    HEALTH,
    SEX_LIFE_OR_ORIENTATION,
    CRIMINAL_OFFENCES
}
