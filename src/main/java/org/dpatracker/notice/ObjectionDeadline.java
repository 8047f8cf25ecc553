package org.dpatracker.notice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.dpatracker.holiday.WorkingDays;

/**
 * Art. 28(2) GDPR, general authorisation: the controller may object to an announced change within
 * the period the contract gives. A notice cannot shorten it: where it asks for an earlier answer,
 * the contract's deadline stands and the earlier date is shown as the safe one (and the notice does
 * not comply with the contract). Periods run in calendar days from receipt; a last day on a
 * Saturday, Sunday or public holiday at the controller's seat moves to the next working day
 * (§ 193 BGB). The last day is still open; from the next day on, silence counts as consent. What
 * counts is when an objection was sent, not when it was recorded.
 */
public final class ObjectionDeadline {

    private ObjectionDeadline() {}

    /**
     * The deadline and, where the notice asks for an answer before it, the date the notice names.
     *
     * @param deadline    the last day to object under the contract (or under the notice where the contract
     *                    names no period)
     * @param requestedBy the earlier day the notice asks for, or null
     */
    public record Window(LocalDate deadline, LocalDate requestedBy) {
        public static final Window NONE = new Window(null, null);

        public boolean noticeShortensContract() {
            return requestedBy != null;
        }
    }

    public static Window of(LocalDate receivedOn, Integer agreementDays, Integer noticeDays, WorkingDays seat) {
        if (agreementDays == null && noticeDays == null) {
            return Window.NONE;
        }
        if (agreementDays == null) {
            return new Window(seat.onOrAfter(receivedOn.plusDays(noticeDays)), null);
        }
        LocalDate deadline = seat.onOrAfter(receivedOn.plusDays(agreementDays));
        LocalDate requested =
                noticeDays != null && receivedOn.plusDays(noticeDays).isBefore(deadline)
                        ? receivedOn.plusDays(noticeDays)
                        : null;
        return new Window(deadline, requested);
    }

    /** Days until the deadline; 0 on its last day, negative once it has passed. */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    /** True from the day after the deadline on. */
    public static boolean passed(LocalDate deadline, LocalDate today) {
        return deadline != null && today.isAfter(deadline);
    }

    /** Whether an objection sent on that day is in time, whenever it is recorded. */
    public static boolean sentInTime(LocalDate sentOn, LocalDate deadline) {
        return sentOn != null && (deadline == null || !sentOn.isAfter(deadline));
    }
}
