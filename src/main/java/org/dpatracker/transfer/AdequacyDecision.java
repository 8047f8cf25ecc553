package org.dpatracker.transfer;

import java.time.LocalDate;

/**
 * A Commission adequacy decision (Art. 45 GDPR) as kept in the curated list: whom it covers
 * ({@code scope}, with the limits in words), until when where it has a sunset clause, and when an
 * administrator last checked it against the Commission's list.
 */
public record AdequacyDecision(
        String country,
        String decision,
        LocalDate decidedOn,
        AdequacyScope scope,
        String scopeLimits,
        LocalDate validUntil,
        LocalDate verifiedOn,
        int version) {

    /** Facts older than this are to be verified again. */
    public static final java.time.Period VERIFY_AGAIN_AFTER = java.time.Period.ofMonths(12);

    public AdequacyDecision {
        scope = scope == null ? AdequacyScope.WHOLE_COUNTRY : scope;
    }

    /** Whether the entry was last verified more than twelve months before that day. */
    public boolean verificationStale(LocalDate today) {
        return verifiedOn == null || verifiedOn.plus(VERIFY_AGAIN_AFTER).isBefore(today);
    }

    /** Whether the decision has reached its sunset date on that day. */
    public boolean expiredOn(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }
}
