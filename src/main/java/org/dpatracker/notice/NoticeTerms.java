package org.dpatracker.notice;

import org.dpatracker.holiday.WorkingDays;
import org.dpatracker.processor.Authorisation;

/**
 * What an agreement says about announced subprocessor changes, read in one query: the objection
 * period in days (null when it names none), how subprocessors are authorised (null while not
 * recorded) and the working days at the controller's seat.
 */
record NoticeTerms(Integer objectionDays, Authorisation authorisation, WorkingDays controllerSeat) {

    static final NoticeTerms UNRECORDED = new NoticeTerms(null, null, WorkingDays.WEEKENDS_ONLY);

    /**
     * Under prior specific authorisation without deemed consent only an explicit acceptance authorises (Art. 28(2)).
     */
    boolean silenceConsents() {
        return authorisation == null || authorisation.silenceConsents();
    }
}
