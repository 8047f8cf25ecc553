package org.dpatracker.publication;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A notice to our customers that the list changes, drafted when a sub-processor is added: from the day it is
 * sent (the notice date) the change takes effect after the notice period. The DPO reviews the summary and the
 * effective date and sends it, which publishes the version and mails the subscribers.
 */
public record ListNotice(
        long id,
        int version,
        Status status,
        LocalDate draftedOn,
        LocalDate noticeOn,
        LocalDate effectiveOn,
        String summary) {

    public enum Status {
        DRAFT,
        SENT
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("draftedOn", draftedOn);
        state.put("noticeOn", noticeOn);
        state.put("effectiveOn", effectiveOn);
        state.put("summary", summary);
        state.put("version", version);
        return state;
    }
}
