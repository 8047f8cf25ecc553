package org.dpatracker.records;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpatracker.processor.SpecialCategory;

/**
 * One processing activity in the record of processing activities. Recipients that are processors
 * are the linked agreements ({@code agreementIds}); transfers, retention and measures follow from them.
 */
public record ProcessingActivity(
        Long id,
        int version,
        RecordRole role,
        String name,
        long controllerId,
        Long servedControllerId,
        String jointControllers,
        String representative,
        String purposes,
        Set<LegalBasis> legalBases,
        String legalBasisNote,
        Set<Art9Condition> art9Conditions,
        Set<SpecialCategory> specialCategories,
        String dataSubjects,
        String personalData,
        String otherRecipients,
        List<Long> agreementIds,
        String art49Documentation,
        String erasure,
        String security,
        DpiaNeed dpia,
        String dpiaReference,
        String department,
        LocalDate reviewDue,
        RecordStatus status,
        String approvedBy,
        LocalDate approvedOn,
        String source) {

    public ProcessingActivity {
        legalBases = legalBases == null ? Set.of() : Set.copyOf(legalBases);
        art9Conditions = art9Conditions == null ? Set.of() : Set.copyOf(art9Conditions);
        specialCategories = specialCategories == null ? Set.of() : Set.copyOf(specialCategories);
        agreementIds = agreementIds == null ? List.of() : List.copyOf(agreementIds);
        status = status == null ? RecordStatus.DRAFT : status;
    }

    public boolean reviewOverdue(LocalDate today) {
        return reviewDue != null && reviewDue.isBefore(today);
    }

    /** Special categories of Art. 9 (criminal offences are Art. 10 and need no Art. 9 condition). */
    public boolean processesArt9Data() {
        return specialCategories.stream().anyMatch(c -> c != SpecialCategory.CRIMINAL_OFFENCES);
    }

    ProcessingActivity withStatus(RecordStatus newStatus, String by, LocalDate on, LocalDate review) {
        return new ProcessingActivity(
                id,
                version,
                role,
                name,
                controllerId,
                servedControllerId,
                jointControllers,
                representative,
                purposes,
                legalBases,
                legalBasisNote,
                art9Conditions,
                specialCategories,
                dataSubjects,
                personalData,
                otherRecipients,
                agreementIds,
                art49Documentation,
                erasure,
                security,
                dpia,
                dpiaReference,
                department,
                review,
                newStatus,
                by,
                on,
                source);
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("role", role);
        state.put("name", name);
        state.put("controllerId", controllerId);
        state.put("servedControllerId", servedControllerId);
        state.put("jointControllers", jointControllers);
        state.put("representative", representative);
        state.put("purposes", purposes);
        state.put("legalBases", legalBases.stream().sorted().toList());
        state.put("legalBasisNote", legalBasisNote);
        state.put("art9Conditions", art9Conditions.stream().sorted().toList());
        state.put("specialCategories", specialCategories.stream().sorted().toList());
        state.put("dataSubjects", dataSubjects);
        state.put("personalData", personalData);
        state.put("otherRecipients", otherRecipients);
        state.put("agreementIds", agreementIds.stream().sorted().toList());
        state.put("art49Documentation", art49Documentation);
        state.put("erasure", erasure);
        state.put("security", security);
        state.put("dpia", dpia);
        state.put("dpiaReference", dpiaReference);
        state.put("department", department);
        state.put("reviewDue", reviewDue);
        state.put("status", status);
        state.put("approvedBy", approvedBy);
        state.put("approvedOn", approvedOn);
        state.put("source", source);
        state.put("version", version);
        return state;
    }
}
