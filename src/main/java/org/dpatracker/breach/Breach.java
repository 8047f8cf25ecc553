package org.dpatracker.breach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One personal-data breach (Art. 33(5) GDPR: every breach, notified or not). {@code awareAt}, when
 * the controller became aware, starts the 72-hour clock for the supervisory authority.
 */
public record Breach(
        Long id,
        int version,
        Long agreementId,
        Long subprocessorId,
        String processingActivities,
        String nature,
        Instant detectedAt,
        Instant processorNotifiedAt,
        Instant awareAt,
        String subjectCategories,
        String subjectCount,
        String dataCategories,
        String recordCount,
        String consequences,
        String measures,
        String contactPoint,
        Risk risk,
        Instant authorityNotifiedAt,
        String authority,
        String authorityReference,
        String delayReasons,
        Instant subjectsInformedAt,
        SubjectsExemption subjectsExemption,
        LocalDate closedOn,
        List<FollowUp> followUps,
        InformingChannel subjectsInformedVia) {

    public Breach {
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** A breach whose data subjects, where told, were told directly. */
    public Breach(
            Long id,
            int version,
            Long agreementId,
            Long subprocessorId,
            String processingActivities,
            String nature,
            Instant detectedAt,
            Instant processorNotifiedAt,
            Instant awareAt,
            String subjectCategories,
            String subjectCount,
            String dataCategories,
            String recordCount,
            String consequences,
            String measures,
            String contactPoint,
            Risk risk,
            Instant authorityNotifiedAt,
            String authority,
            String authorityReference,
            String delayReasons,
            Instant subjectsInformedAt,
            SubjectsExemption subjectsExemption,
            LocalDate closedOn,
            List<FollowUp> followUps) {
        this(
                id,
                version,
                agreementId,
                subprocessorId,
                processingActivities,
                nature,
                detectedAt,
                processorNotifiedAt,
                awareAt,
                subjectCategories,
                subjectCount,
                dataCategories,
                recordCount,
                consequences,
                measures,
                contactPoint,
                risk,
                authorityNotifiedAt,
                authority,
                authorityReference,
                delayReasons,
                subjectsInformedAt,
                subjectsExemption,
                closedOn,
                followUps,
                subjectsInformedAt == null ? null : InformingChannel.DIRECT);
    }

    public Instant authorityDeadline() {
        return BreachClock.authorityDeadline(awareAt);
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agreementId", agreementId);
        state.put("subprocessorId", subprocessorId);
        state.put("processingActivities", processingActivities);
        state.put("nature", nature);
        state.put("detectedAt", detectedAt);
        state.put("processorNotifiedAt", processorNotifiedAt);
        state.put("awareAt", awareAt);
        state.put("subjectCategories", subjectCategories);
        state.put("subjectCount", subjectCount);
        state.put("dataCategories", dataCategories);
        state.put("recordCount", recordCount);
        state.put("consequences", consequences);
        state.put("measures", measures);
        state.put("contactPoint", contactPoint);
        state.put("risk", risk);
        state.put("authorityNotifiedAt", authorityNotifiedAt);
        state.put("authority", authority);
        state.put("authorityReference", authorityReference);
        state.put("delayReasons", delayReasons);
        state.put("subjectsInformedAt", subjectsInformedAt);
        state.put("subjectsExemption", subjectsExemption);
        state.put("subjectsInformedVia", subjectsInformedVia);
        state.put("closedOn", closedOn);
        state.put("version", version);
        return state;
    }
}
