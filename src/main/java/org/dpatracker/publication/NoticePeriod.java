package org.dpatracker.publication;

import java.time.LocalDate;

/**
 * Art. 28(2) GDPR and Clause 7.7(a) Option 2 of the clauses 2021/915, turned around: as a processor we inform
 * our customers of an intended new sub-processor at least the agreed period in advance, so that they can
 * object. A change takes effect on the notice date plus that period, or later.
 */
final class NoticePeriod {

    private NoticePeriod() {}

    static LocalDate effectiveOn(LocalDate noticeOn, int days) {
        return noticeOn.plusDays(days);
    }

    /** Whether a chosen effective date leaves the customers the full period. */
    static boolean leavesFullPeriod(LocalDate noticeOn, int days, LocalDate effectiveOn) {
        return !effectiveOn.isBefore(effectiveOn(noticeOn, days));
    }
}
