package org.dpatracker.transfer;

/**
 * The legal basis of a transfer to a third country (Chapter V GDPR), including bases that are no
 * longer valid, so that agreements still relying on them can be flagged.
 */
public enum TransferMechanism {
    /** Art. 45 adequacy decision for the country. */
    ADEQUACY(true),
    /** Adequacy for US organisations certified under the EU-US Data Privacy Framework (2023/1795). */
    DATA_PRIVACY_FRAMEWORK(true),
    /** Standard contractual clauses 2021/914 (Art. 46(2)(c)), with a module. */
    SCC_2021(true),
    /** Binding corporate rules (Art. 47). */
    BCR(true),
    /** A derogation for specific situations (Art. 49). */
    ART_49_DEROGATION(true),
    /** EU-US Privacy Shield, invalidated by the CJEU on 16 July 2020 (C-311/18). */
    PRIVACY_SHIELD(false),
    /** Safe Harbor, invalidated by the CJEU in 2015 (C-362/14). */
    SAFE_HARBOR(false),
    /** Standard clauses 2001/497/EC, no longer valid since 27 December 2022. */
    SCC_2001_497(false),
    /** Standard clauses 2004/915/EC, no longer valid since 27 December 2022. */
    SCC_2004_915(false),
    /** Standard clauses 2010/87/EU, no longer valid since 27 December 2022. */
    SCC_2010_87(false),
    /** Nothing recorded. */
    NONE(false);

    private final boolean valid;

    TransferMechanism(boolean valid) {
        this.valid = valid;
    }

    public boolean isValid() {
        return valid;
    }
}
