package org.dpatracker.notice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpatracker.processor.ProcessingLocation;

/**
 * An inbound notice that a processor will engage a new subprocessor or replace one
 * ({@code replacesId}), received on a date, effective from a date, with the proposed service and
 * locations; the controller's decision and, once applied, the subprocessor it became.
 */
public record ChangeNotice(
        Long id,
        int version,
        long agreementId,
        LocalDate receivedOn,
        LocalDate effectiveFrom,
        long organisationId,
        Long parentId,
        Long replacesId,
        String service,
        Integer noticeObjectionDays,
        String document,
        List<ProcessingLocation> locations,
        NoticeStatus status,
        Decision decision,
        Long appliedSubprocessorId) {

    public ChangeNotice {
        locations = locations == null ? List.of() : List.copyOf(locations);
        decision = decision == null ? Decision.NONE : decision;
    }

    /** Who decided when; for an objection also the reason and how and when it was sent. */
    public record Decision(
            LocalDate decidedOn,
            String decidedBy,
            String objectionReason,
            LocalDate objectionSentOn,
            String objectionSentVia) {
        public static final Decision NONE = new Decision(null, null, null, null, null);
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agreementId", agreementId);
        state.put("receivedOn", receivedOn);
        state.put("effectiveFrom", effectiveFrom);
        state.put("organisationId", organisationId);
        state.put("parentId", parentId);
        state.put("replacesId", replacesId);
        state.put("service", service);
        state.put("noticeObjectionDays", noticeObjectionDays);
        state.put("document", document);
        state.put(
                "locations",
                locations.stream().map(ProcessingLocation::toString).toList());
        state.put("status", status);
        state.put("decision", decision);
        state.put("appliedSubprocessorId", appliedSubprocessorId);
        state.put("version", version);
        return state;
    }
}
