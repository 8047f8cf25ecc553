package org.dpatracker.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What someone must do about a finding, by when. Overdue once the due date has passed and it is not done. */
public record RemediationAction(
        Long id,
        int version,
        long findingId,
        String description,
        String owner,
        LocalDate dueOn,
        ActionStatus status,
        LocalDate completedOn) {

    public boolean overdueOn(LocalDate today) {
        return status != ActionStatus.DONE && dueOn.isBefore(today);
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("findingId", findingId);
        state.put("description", description);
        state.put("owner", owner);
        state.put("dueOn", dueOn);
        state.put("status", status);
        state.put("completedOn", completedOn);
        state.put("version", version);
        return state;
    }
}
