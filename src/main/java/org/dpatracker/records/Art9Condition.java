package org.dpatracker.records;

/** Art. 9(2)(a)–(j) GDPR: the conditions under which special categories may be processed. */
public enum Art9Condition {
    A_EXPLICIT_CONSENT,
    B_EMPLOYMENT_SOCIAL_SECURITY,
    C_VITAL_INTERESTS,
    D_NOT_FOR_PROFIT_BODY,
    E_MADE_PUBLIC,
    F_LEGAL_CLAIMS,
    G_SUBSTANTIAL_PUBLIC_INTEREST,
    H_HEALTH_OR_SOCIAL_CARE,
    I_PUBLIC_HEALTH,
    J_ARCHIVING_RESEARCH_STATISTICS
}
