package org.dpatracker.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long one category of data is kept under an agreement: an ISO-8601 period from a trigger, or
 * the criteria where no period can be given; backups may have their own period; a legal hold
 * suspends deletion. {@code triggerDate} is the day the trigger happened, once known.
 */
public record RetentionRule(
        Long id,
        int version,
        long agreementId,
        String dataCategory,
        Period period,
        RetentionTrigger trigger,
        String customEvent,
        String criteria,
        LocalDate triggerDate,
        Period backupPeriod,
        boolean legalHold,
        String legalHoldReason,
        String source) {

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agreementId", agreementId);
        state.put("dataCategory", dataCategory);
        state.put("period", period == null ? null : period.toString());
        state.put("trigger", trigger);
        state.put("customEvent", customEvent);
        state.put("criteria", criteria);
        state.put("triggerDate", triggerDate);
        state.put("backupPeriod", backupPeriod == null ? null : backupPeriod.toString());
        state.put("legalHold", legalHold);
        state.put("legalHoldReason", legalHoldReason);
        state.put("source", source);
        state.put("version", version);
        return state;
    }
}
