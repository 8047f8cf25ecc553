package org.dpatracker.retention;

import java.time.LocalDate;
import java.time.Period;

/**
 * Statutory retention periods a DPO picks instead of typing them, each with its source and the day
 * it was last checked. German commercial and tax law count from the end of the calendar year.
 */
public enum RetentionPreset {
    /** Books, inventories, opening balance sheets, annual accounts, management reports. */
    BOOKS_AND_ANNUAL_ACCOUNTS(
            Period.ofYears(10),
            RetentionTrigger.END_OF_CALENDAR_YEAR,
            "§ 257 Abs. 1 Nr. 1, Abs. 4 HGB; § 147 Abs. 1 Nr. 1, Abs. 3 AO"),
    /**
     * Accounting vouchers (invoices, receipts): eight years since the Fourth Bureaucracy Relief Act (BEG IV), from 1
     * January 2025.
     */
    ACCOUNTING_VOUCHERS(
            Period.ofYears(8),
            RetentionTrigger.END_OF_CALENDAR_YEAR,
            "§ 257 Abs. 1 Nr. 4, Abs. 4 HGB; § 147 Abs. 1 Nr. 4, Abs. 3 AO; § 14b Abs. 1 UStG (BEG IV, since 1 "
                    + "January 2025)"),
    /** Business letters received and copies of those sent, other documents relevant for taxation. */
    BUSINESS_LETTERS(
            Period.ofYears(6),
            RetentionTrigger.END_OF_CALENDAR_YEAR,
            "§ 257 Abs. 1 Nr. 2, 3, Abs. 4 HGB; § 147 Abs. 1 Nr. 2, 3, 5, Abs. 3 AO"),
    /**
     * Rejected job applications: claims under the AGG expire two months after the rejection, an action
     * must follow within three months of the written claim; six months after the rejection is the usual period.
     */
    JOB_APPLICATIONS(
            Period.ofMonths(6),
            RetentionTrigger.PURPOSE_FULFILLED,
            "§ 15 Abs. 4 AGG, § 61b Abs. 1 ArbGG (six months after the rejection, customary)");

    /** When the periods and sources above were last checked against the statutes. */
    public static final LocalDate VERIFIED_ON = LocalDate.of(2026, 12, 2);

    private final Period period;
    private final RetentionTrigger trigger;
    private final String source;

    RetentionPreset(Period period, RetentionTrigger trigger, String source) {
        this.period = period;
        this.trigger = trigger;
        this.source = source;
    }

    public Period period() {
        return period;
    }

    public RetentionTrigger trigger() {
        return trigger;
    }

    public String source() {
        return source;
    }
}
