package org.dpatracker.audit;

/** The period a contract's audit limit refers to: "once per calendar year" or "once in twelve months". */
public enum AuditPeriod {
    CALENDAR_YEAR,
    TWELVE_MONTHS
}
