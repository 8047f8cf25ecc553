package org.dpatracker.audit;

/** One agreement in the audit list: its calendar and how many remediation actions are open or overdue. */
public record AuditOverview(
        long agreementId,
        String processorName,
        boolean rightsRecorded,
        AuditCalendar calendar,
        int openActions,
        int overdueActions) {}
