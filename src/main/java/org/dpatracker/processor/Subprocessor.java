package org.dpatracker.processor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation engaged for an agreement's processing, by the processor ({@code parentId} empty)
 * or by another subprocessor, with the service it provides and where it processes the data.
 */
public record Subprocessor(
        Long id,
        int version,
        long agreementId,
        Long parentId,
        long organisationId,
        String service,
        boolean affiliate,
        LocalDate addedOn,
        ApprovalState approval,
        List<ProcessingLocation> locations) {

    public Subprocessor {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agreementId", agreementId);
        state.put("parentId", parentId);
        state.put("organisationId", organisationId);
        state.put("service", service);
        state.put("affiliate", affiliate);
        state.put("addedOn", addedOn);
        state.put("approval", approval);
        state.put(
                "locations",
                locations.stream().map(ProcessingLocation::toString).toList());
        state.put("version", version);
        return state;
    }
}
