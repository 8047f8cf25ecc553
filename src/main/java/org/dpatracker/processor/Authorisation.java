package org.dpatracker.processor;

/** Art. 28(2) GDPR: how the controller authorised subprocessors. */
public enum Authorisation {
    /** Prior specific authorisation for each subprocessor. */
    SPECIFIC,
    /** General written authorisation: the processor announces changes and the controller may object. */
    GENERAL
}
