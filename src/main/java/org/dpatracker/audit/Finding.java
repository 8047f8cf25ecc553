package org.dpatracker.audit;

import java.util.List;
import java.util.Map;

/** Something an audit found, with the actions that remedy it. */
public record Finding(
        Long id, int version, long auditId, String description, Severity severity, List<RemediationAction> actions) {

    public Finding {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    Map<String, Object> historyState() {
        return Map.of("auditId", auditId, "description", description, "severity", severity, "version", version);
    }
}
