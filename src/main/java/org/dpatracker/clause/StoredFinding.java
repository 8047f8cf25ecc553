package org.dpatracker.clause;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding as stored for review: where it was found (agreement, document, page), by which rule of which
 * pack, and what the DPO decided. {@code appliedTo} names the register entry an accepted finding filled.
 */
public record StoredFinding(
        long id,
        long agreementId,
        long documentId,
        String rulePack,
        String ruleId,
        ClauseTarget target,
        String value,
        String quote,
        int page,
        BigDecimal confidence,
        FindingStatus status,
        String appliedValue,
        String appliedTo,
        String decidedBy,
        Instant decidedAt,
        Instant foundAt,
        int version) {

    public boolean isProposed() {
        return status == FindingStatus.PROPOSED;
    }

    /** The finding as the coverage counts it. */
    public ClauseFinding finding() {
        return new ClauseFinding(ruleId, target, value, quote, page, confidence.doubleValue());
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agreementId", agreementId);
        state.put("documentId", documentId);
        state.put("rulePack", rulePack);
        state.put("ruleId", ruleId);
        state.put("target", target);
        state.put("value", value);
        state.put("page", page);
        state.put("status", status);
        state.put("appliedValue", appliedValue);
        state.put("appliedTo", appliedTo);
        state.put("decidedBy", decidedBy);
        state.put("version", version);
        return state;
    }
}
