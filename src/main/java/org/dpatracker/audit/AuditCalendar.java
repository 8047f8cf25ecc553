package org.dpatracker.audit;

import java.time.LocalDate;

/**
 * The dates that follow from an agreement's audit rights and its audits.
 *
 * @param lastAudit       the last performed audit of any kind
 * @param nextPermitted   the first day the contract allows another inspection
 * @param nextDue         when our own audit interval makes the next audit due (null without an interval)
 * @param nextPlanned     the earliest planned audit not yet performed
 * @param noticeBy        the last day to give the processor notice of the next (planned or due) audit
 * @param overdue         the due date has passed without an audit
 * @param noticeLate      a planned audit whose notice was neither given nor can still be given in time
 * @param plannedTooEarly a planned inspection falls before the contract permits one
 */
public record AuditCalendar(
        LocalDate lastAudit,
        LocalDate nextPermitted,
        LocalDate nextDue,
        LocalDate nextPlanned,
        LocalDate noticeBy,
        boolean overdue,
        boolean noticeLate,
        boolean plannedTooEarly) {}
