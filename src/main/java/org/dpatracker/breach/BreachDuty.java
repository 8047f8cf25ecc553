package org.dpatracker.breach;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the agreement obliges the processor to do about breaches: how fast it tells the controller
 * (hours, or the contract's words such as "immediately"), how and to whom, with which contents,
 * whether it supports Art. 33/34, whether it may notify the authority itself, and whether it informs
 * only when it judges the requirements of Art. 33/34 met ({@code onlyWhenNotifiable}).
 */
public record BreachDuty(
        long agreementId,
        Integer noticeHours,
        String noticeWording,
        String channel,
        String contact,
        Set<BreachContent> requiredContents,
        boolean supportsController,
        AuthorityNotification mayNotify,
        String clauseReference,
        int version,
        boolean onlyWhenNotifiable) {

    /** A duty that covers every breach. */
    public BreachDuty(
            long agreementId,
            Integer noticeHours,
            String noticeWording,
            String channel,
            String contact,
            Set<BreachContent> requiredContents,
            boolean supportsController,
            AuthorityNotification mayNotify,
            String clauseReference,
            int version) {
        this(
                agreementId,
                noticeHours,
                noticeWording,
                channel,
                contact,
                requiredContents,
                supportsController,
                mayNotify,
                clauseReference,
                version,
                false);
    }

    public BreachDuty {
        requiredContents = requiredContents == null || requiredContents.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(requiredContents));
    }

    public static BreachDuty unrecorded(long agreementId) {
        return new BreachDuty(agreementId, null, null, null, null, Set.of(), false, null, null, -1);
    }

    /** Not part of the JSON form: it follows from the version. */
    @JsonIgnore
    public boolean isNew() {
        return version < 0;
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("noticeHours", noticeHours);
        state.put("noticeWording", noticeWording);
        state.put("channel", channel);
        state.put("contact", contact);
        state.put("requiredContents", requiredContents.stream().sorted().toList());
        state.put("supportsController", supportsController);
        state.put("mayNotify", mayNotify);
        state.put("clauseReference", clauseReference);
        state.put("onlyWhenNotifiable", onlyWhenNotifiable);
        state.put("version", version);
        return state;
    }
}
