package org.dpatracker.retention;

import java.time.LocalDate;
import java.time.Period;

/**
 * When data falls due for deletion, without a database or a clock. Periods are calendar periods:
 * a month after 31 January is the last day of February, a year after 29 February is 28 February.
 * "End of the calendar year" periods (German commercial and tax law, § 257(5) HGB, § 147(4) AO)
 * begin at the close of the document's year and run to the end of their last year inclusive, so
 * deletion is due on 1 January of the year after. A legal hold suspends deletion; so does a
 * trigger that has not happened yet.
 */
public final class RetentionSchedule {

    private RetentionSchedule() {}

    public static LocalDate deletionDue(
            Period period, RetentionTrigger trigger, LocalDate triggerDate, boolean legalHold) {
        if (legalHold || period == null || triggerDate == null) {
            return null;
        }
        if (trigger == RetentionTrigger.END_OF_CALENDAR_YEAR) {
            return LocalDate.of(triggerDate.getYear(), 12, 31).plus(period).plusDays(1);
        }
        return triggerDate.plus(period);
    }

    /** Backups go their own period after the data itself is deleted. */
    public static LocalDate backupDeletionDue(LocalDate deletionDue, Period backupPeriod) {
        return deletionDue == null || backupPeriod == null ? null : deletionDue.plus(backupPeriod);
    }

    /** Reads an ISO-8601 period such as P30D, P3M or P10Y; null for blank input. */
    public static Period parse(String iso) {
        return iso == null || iso.isBlank() ? null : Period.parse(iso.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
