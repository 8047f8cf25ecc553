package org.dpatracker.retention;

import java.time.LocalDate;
import java.time.Period;

/**
 * When data falls due for deletion, without a database or a clock. Periods are calendar periods:
 * a month after 31 January is the last day of February, a year after 29 February is 28 February.
 * "End of the calendar year" periods (German commercial and tax law) run from 31 December of the
 * document's year. A legal hold suspends deletion; so does a trigger that has not happened yet.
 */
public final class RetentionSchedule {

    private RetentionSchedule() {}

    public static LocalDate deletionDue(Period period, RetentionTrigger trigger, LocalDate triggerDate, boolean legalHold) {
        if (legalHold || period == null || triggerDate == null) {
            return null;
        }
        LocalDate start = trigger == RetentionTrigger.END_OF_CALENDAR_YEAR
                ? LocalDate.of(triggerDate.getYear(), 12, 31) : triggerDate;
        return start.plus(period);
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
