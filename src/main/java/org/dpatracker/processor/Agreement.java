package org.dpatracker.processor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a controller (our company or a group company) has agreed with a recipient: for a processor
 * the Art. 28 agreement, for a joint controller the Art. 26 arrangement ({@code relationship} says
 * which), with the recipient's own processing locations. {@code source} says where the facts come from.
 */
public record Agreement(
        Long id,
        int version,
        long controllerId,
        long processorId,
        AgreementStatus status,
        LocalDate nextReview,
        ProcessingDescription processing,
        AgreementDocument document,
        SubprocessorTerms subprocessorTerms,
        boolean ownPurposeUse,
        String ownPurposeClause,
        String source,
        List<ProcessingLocation> locations,
        Relationship relationship,
        JointArrangement jointArrangement) {

    public Agreement {
        document = document == null ? AgreementDocument.EMPTY : document;
        subprocessorTerms = subprocessorTerms == null ? SubprocessorTerms.UNRECORDED : subprocessorTerms;
        locations = locations == null ? List.of() : List.copyOf(locations);
        relationship = relationship == null ? Relationship.PROCESSOR : relationship;
        jointArrangement = jointArrangement == null ? JointArrangement.EMPTY : jointArrangement;
    }

    /** This agreement in another state, e.g. signed after negotiation. */
    public Agreement withStatus(AgreementStatus newStatus) {
        return new Agreement(
                id,
                version,
                controllerId,
                processorId,
                newStatus,
                nextReview,
                processing,
                document,
                subprocessorTerms,
                ownPurposeUse,
                ownPurposeClause,
                source,
                locations,
                relationship,
                jointArrangement);
    }

    /** This agreement with other terms for engaging sub-processors (Art. 28(2) GDPR). */
    public Agreement withSubprocessorTerms(SubprocessorTerms newTerms) {
        return new Agreement(
                id,
                version,
                controllerId,
                processorId,
                status,
                nextReview,
                processing,
                document,
                newTerms,
                ownPurposeUse,
                ownPurposeClause,
                source,
                locations,
                relationship,
                jointArrangement);
    }

    /** This agreement with the processor using the data for its own purposes, as the clause says (Art. 28(10)). */
    public Agreement withOwnPurposeUse(String clause) {
        return new Agreement(
                id,
                version,
                controllerId,
                processorId,
                status,
                nextReview,
                processing,
                document,
                subprocessorTerms,
                true,
                clause,
                source,
                locations,
                relationship,
                jointArrangement);
    }

    /** This agreement with another date of its next review. */
    public Agreement withNextReview(LocalDate newNextReview) {
        return new Agreement(
                id,
                version,
                controllerId,
                processorId,
                status,
                newNextReview,
                processing,
                document,
                subprocessorTerms,
                ownPurposeUse,
                ownPurposeClause,
                source,
                locations,
                relationship,
                jointArrangement);
    }

    /** An Art. 28 agreement with a processor. */
    public static Agreement withProcessor(
            Long id,
            int version,
            long controllerId,
            long processorId,
            AgreementStatus status,
            LocalDate nextReview,
            ProcessingDescription processing,
            AgreementDocument document,
            SubprocessorTerms subprocessorTerms,
            boolean ownPurposeUse,
            String ownPurposeClause,
            String source,
            List<ProcessingLocation> locations) {
        return new Agreement(
                id,
                version,
                controllerId,
                processorId,
                status,
                nextReview,
                processing,
                document,
                subprocessorTerms,
                ownPurposeUse,
                ownPurposeClause,
                source,
                locations,
                Relationship.PROCESSOR,
                JointArrangement.EMPTY);
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("controllerId", controllerId);
        state.put("processorId", processorId);
        state.put("status", status);
        state.put("nextReview", nextReview);
        state.put("processing", processing);
        state.put("document", document);
        state.put("subprocessorTerms", subprocessorTerms);
        state.put("ownPurposeUse", ownPurposeUse);
        state.put("ownPurposeClause", ownPurposeClause);
        state.put(
                "locations",
                locations.stream().map(ProcessingLocation::toString).toList());
        state.put("relationship", relationship);
        state.put("jointArrangement", jointArrangement.toString());
        state.put("version", version);
        return state;
    }
}
