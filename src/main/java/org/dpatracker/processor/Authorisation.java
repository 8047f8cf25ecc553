package org.dpatracker.processor;

/** Art. 28(2) GDPR: how the controller authorised subprocessors. */
public enum Authorisation {
    /** Prior specific authorisation for each subprocessor: only an explicit consent authorises one. */
    SPECIFIC,
    /**
     * Prior specific authorisation for each subprocessor, where the contract deems consent given
     * unless the controller objects within a period (e.g. Ubimax's clause 10(1)–(2): 14 days).
     */
    SPECIFIC_WITH_DEEMED_CONSENT,
    /** General written authorisation: the processor announces changes and the controller may object. */
    GENERAL;

    /** Whether silence until the end of the objection period counts as consent. */
    public boolean silenceConsents() {
        return this != SPECIFIC;
    }
}
