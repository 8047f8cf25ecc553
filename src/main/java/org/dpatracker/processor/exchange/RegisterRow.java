package org.dpatracker.processor.exchange;

import java.util.List;

/**
 * One line of the exchange format: an agreement (rows with the same {@code agreementRef} belong to
 * one agreement; its fields are read from the first of them), optionally a subprocessor
 * ({@code party}), and optionally one processing location of the processor or that subprocessor.
 */
public record RegisterRow(
        String agreementRef,
        String controller,
        String processor,
        String processorCountry,
        String status,
        String subjectMatter,
        String purposes,
        String dataSubjects,
        String personalData,
        String authorisation,
        String objectionDays,
        String party,
        String partyCountry,
        String engagedBy,
        String service,
        String approval,
        String locationCountry,
        String locationRegion,
        String mechanism,
        String sccModule,
        String safeguardsReference,
        String derogation) {

    /** The columns, in order, as named in files and templates. */
    public static final List<String> COLUMNS = List.of(
            "agreement_ref",
            "controller",
            "processor",
            "processor_country",
            "status",
            "subject_matter",
            "purposes",
            "data_subjects",
            "personal_data",
            "authorisation",
            "objection_days",
            "party",
            "party_country",
            "engaged_by",
            "service",
            "approval",
            "location_country",
            "location_region",
            "mechanism",
            "scc_module",
            "safeguards_reference",
            "derogation");

    public List<String> values() {
        return java.util.Arrays.asList(
                agreementRef,
                controller,
                processor,
                processorCountry,
                status,
                subjectMatter,
                purposes,
                dataSubjects,
                personalData,
                authorisation,
                objectionDays,
                party,
                partyCountry,
                engagedBy,
                service,
                approval,
                locationCountry,
                locationRegion,
                mechanism,
                sccModule,
                safeguardsReference,
                derogation);
    }

    public static RegisterRow of(List<String> values) {
        String[] v = new String[COLUMNS.size()];
        for (int i = 0; i < v.length; i++) {
            String value = i < values.size() ? values.get(i) : null;
            v[i] = value == null || value.isBlank() ? null : value.trim();
        }
        return new RegisterRow(
                v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15],
                v[16], v[17], v[18], v[19], v[20], v[21]);
    }
}
