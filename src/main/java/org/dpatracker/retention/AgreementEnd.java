package org.dpatracker.retention;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The end of an agreement: the controller's choice to have the data deleted or returned, by when,
 * and the processor's confirmation with its certificate. Overdue while unconfirmed after the due date.
 */
public record AgreementEnd(
        long agreementId,
        LocalDate endedOn,
        DeletionChoice choice,
        LocalDate dueOn,
        LocalDate confirmedOn,
        String certificateDocument,
        int version) {

    /** Not part of the JSON form: it follows from the version. */
    @JsonIgnore
    public boolean isNew() {
        return version < 0;
    }

    public boolean confirmationOverdue(LocalDate today) {
        return confirmedOn == null && dueOn != null && dueOn.isBefore(today);
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("endedOn", endedOn);
        state.put("choice", choice);
        state.put("dueOn", dueOn);
        state.put("confirmedOn", confirmedOn);
        state.put("certificateDocument", certificateDocument);
        state.put("version", version);
        return state;
    }
}
