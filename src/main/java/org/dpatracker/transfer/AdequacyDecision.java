package org.dpatracker.transfer;

import java.time.LocalDate;

/** A Commission adequacy decision (Art. 45 GDPR) as kept in the curated list. */
public record AdequacyDecision(
        String country, String decision, LocalDate decidedOn, String scopeLimits, LocalDate verifiedOn, int version) {}
