package org.dpatracker.audit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The audit date rules, without a database or a clock: when the contract permits the next
 * inspection ("once per calendar year" or "once in twelve months"), when our own interval makes the
 * next audit due, and by when the processor must have notice (counted back from the audit day: two
 * weeks' notice for an audit on the 15th must be given by the 1st). An extra audit after an incident,
 * where the contract allows one, is permitted whatever the limit and does not count towards it.
 */
public final class AuditSchedule {

    private AuditSchedule() {}

    public static AuditCalendar of(AuditRights rights, Collection<Audit> audits, LocalDate signedOn, LocalDate today) {
        // Where the contract allows extra audits after incidents, those do not use up the limit.
        List<LocalDate> inspections = audits.stream()
                .filter(Audit::performed)
                .filter(a -> a.kind().isInspection())
                .filter(a -> !(a.afterIncident() && rights.extraAfterIncidents()))
                .map(Audit::performedOn)
                .sorted()
                .toList();
        LocalDate lastAudit = audits.stream()
                .map(Audit::performedOn)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        Audit planned = audits.stream()
                .filter(a -> !a.performed() && a.plannedOn() != null)
                .min(Comparator.comparing(Audit::plannedOn))
                .orElse(null);
        LocalDate permitted = nextPermitted(rights.maxAudits(), rights.period(), inspections, today);
        LocalDate due = nextDue(rights.intervalMonths(), lastAudit, signedOn, today);
        LocalDate target = planned != null ? planned.plannedOn() : due == null ? null : later(due, permitted);
        LocalDate noticeBy =
                target == null || rights.noticeDays() == null ? null : target.minusDays(rights.noticeDays());
        boolean overdue = due != null && due.isBefore(today);
        boolean noticeLate =
                planned != null && planned.noticeGivenOn() == null && noticeBy != null && noticeBy.isBefore(today);
        boolean tooEarly = planned != null
                && planned.kind().isInspection()
                && planned.plannedOn().isBefore(permitted)
                && !(planned.afterIncident() && rights.extraAfterIncidents());
        return new AuditCalendar(
                lastAudit,
                permitted,
                due,
                planned == null ? null : planned.plannedOn(),
                noticeBy,
                overdue,
                noticeLate,
                tooEarly);
    }

    /**
     * The first day from {@code today} on which one more inspection stays within the limit. Per
     * calendar year the count starts again on 1 January; per twelve months a slot frees up twelve
     * months after the inspection that used it.
     */
    static LocalDate nextPermitted(
            Integer maxAudits, AuditPeriod period, List<LocalDate> inspections, LocalDate today) {
        if (maxAudits == null || period == null) {
            return today;
        }
        if (period == AuditPeriod.CALENDAR_YEAR) {
            long thisYear = inspections.stream()
                    .filter(d -> d.getYear() == today.getYear())
                    .count();
            return thisYear >= maxAudits ? LocalDate.of(today.getYear() + 1, 1, 1) : today;
        }
        List<LocalDate> window = inspections.stream()
                .filter(d -> d.isAfter(today.minusMonths(12)) && !d.isAfter(today))
                .sorted()
                .toList();
        if (window.size() < maxAudits) {
            return today;
        }
        return window.get(window.size() - maxAudits).plusMonths(12);
    }

    /** Our own interval, counted from the last audit, or from the signature while there was none. */
    static LocalDate nextDue(Integer intervalMonths, LocalDate lastAudit, LocalDate signedOn, LocalDate today) {
        if (intervalMonths == null) {
            return null;
        }
        if (lastAudit != null) {
            return lastAudit.plusMonths(intervalMonths);
        }
        return signedOn != null ? signedOn.plusMonths(intervalMonths) : today;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
