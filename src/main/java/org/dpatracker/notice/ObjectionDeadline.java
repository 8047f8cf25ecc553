package org.dpatracker.notice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Art. 28(2) GDPR, general authorisation: the controller may object to an announced change within
 * the agreed period. When the notice states a shorter period, the earlier deadline governs. Periods
 * run in calendar days from receipt; weekends and holidays are not special. The last day is still
 * open for an objection; from the next day on, silence counts as consent.
 */
public final class ObjectionDeadline {

    private ObjectionDeadline() {}

    /** The last day to object, or null when neither the agreement nor the notice names a period. */
    public static LocalDate of(LocalDate receivedOn, Integer agreementDays, Integer noticeDays) {
        if (agreementDays == null && noticeDays == null) {
            return null;
        }
        int days = agreementDays == null ? noticeDays
                : noticeDays == null ? agreementDays : Math.min(agreementDays, noticeDays);
        return receivedOn.plusDays(days);
    }

    /** Days until the deadline; 0 on its last day, negative once it has passed. */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    /** True from the day after the deadline on. */
    public static boolean passed(LocalDate deadline, LocalDate today) {
        return deadline != null && today.isAfter(deadline);
    }
}
