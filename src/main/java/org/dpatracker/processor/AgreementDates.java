package org.dpatracker.processor;

import java.time.LocalDate;

/** The dates an agreement in force sets itself: its next review and the end of its term. */
public record AgreementDates(long agreementId, String processorName, LocalDate nextReview, LocalDate validUntil) {}
