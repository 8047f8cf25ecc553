package org.dpatracker.tom;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One measure in a party's checklist: status, the concrete description, evidence and the last verification. */
public record TomEntry(
        Long id,
        int version,
        long checklistId,
        long measureId,
        MeasureStatus status,
        String description,
        EvidenceKind evidenceKind,
        String evidence,
        LocalDate verifiedOn,
        String verifiedBy) {

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("checklistId", checklistId);
        state.put("measureId", measureId);
        state.put("status", status);
        state.put("description", description);
        state.put("evidenceKind", evidenceKind);
        state.put("evidence", evidence);
        state.put("verifiedOn", verifiedOn);
        state.put("verifiedBy", verifiedBy);
        state.put("version", version);
        return state;
    }
}
