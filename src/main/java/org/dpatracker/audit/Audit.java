package org.dpatracker.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A planned or performed audit of an agreement's processor, with its findings; {@code afterIncident}
 * marks an extra audit held because of an incident.
 */
public record Audit(
        Long id,
        int version,
        long agreementId,
        AuditKind kind,
        LocalDate plannedOn,
        LocalDate performedOn,
        LocalDate noticeGivenOn,
        String auditor,
        String scope,
        String result,
        List<Finding> findings,
        boolean afterIncident) {

    public Audit {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A regular audit, not held because of an incident. */
    public Audit(
            Long id,
            int version,
            long agreementId,
            AuditKind kind,
            LocalDate plannedOn,
            LocalDate performedOn,
            LocalDate noticeGivenOn,
            String auditor,
            String scope,
            String result,
            List<Finding> findings) {
        this(
                id,
                version,
                agreementId,
                kind,
                plannedOn,
                performedOn,
                noticeGivenOn,
                auditor,
                scope,
                result,
                findings,
                false);
    }

    public boolean performed() {
        return performedOn != null;
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agreementId", agreementId);
        state.put("kind", kind);
        state.put("plannedOn", plannedOn);
        state.put("performedOn", performedOn);
        state.put("noticeGivenOn", noticeGivenOn);
        state.put("auditor", auditor);
        state.put("scope", scope);
        state.put("result", result);
        state.put("afterIncident", afterIncident);
        state.put("version", version);
        return state;
    }
}
