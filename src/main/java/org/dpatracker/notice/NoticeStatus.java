package org.dpatracker.notice;

/** Where a subprocessor change notice stands. */
public enum NoticeStatus {
    /** Received; the objection period runs. */
    OPEN,
    ACCEPTED,
    OBJECTED,
    /** Nobody objected within the period: silence counts as consent. */
    DEEMED_ACCEPTED;

    public boolean accepted() {
        return this == ACCEPTED || this == DEEMED_ACCEPTED;
    }
}
