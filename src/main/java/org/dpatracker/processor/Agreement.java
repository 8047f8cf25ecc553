package org.dpatracker.processor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Art. 28 agreement between a controller (our company or a group company) and a processor,
 * with the processor's own processing locations. {@code source} says where the facts come from.
 */
public record Agreement(
        Long id, int version, long controllerId, long processorId, AgreementStatus status, LocalDate nextReview,
        ProcessingDescription processing, AgreementDocument document, SubprocessorTerms subprocessorTerms,
        boolean ownPurposeUse, String ownPurposeClause, String source, List<ProcessingLocation> locations) {

    public Agreement {
        document = document == null ? AgreementDocument.EMPTY : document;
        subprocessorTerms = subprocessorTerms == null ? SubprocessorTerms.UNRECORDED : subprocessorTerms;
        locations = locations == null ? List.of() : List.copyOf(locations);
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
        state.put("locations", locations.stream().map(ProcessingLocation::toString).toList());
        state.put("version", version);
        return state;
    }
}
