package org.dpatracker.processor;

/** Where an agreement stands. */
public enum AgreementStatus {
    DRAFT,
    IN_NEGOTIATION,
    SIGNED,
    TERMINATED
}
