package org.dpatracker.processor;

/**
 * Published inside the transaction that changed a fact the red-flag rules read for one agreement: the
 * agreement itself, a subprocessor, a TOM entry, a point of the Art. 28(3) checklist, the breach duty.
 */
public record AgreementFactsChanged(long agreementId) {}
