package org.dpatracker.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the contract allows the controller to audit (Art. 28(3)(h) GDPR): on-site inspections, at
 * most {@code maxAudits} per {@code period}, notice in days, who pays, the evidence accepted instead
 * of an inspection, extra audits after serious incidents; and how often we intend to audit.
 */
public record AuditRights(
        long agreementId,
        boolean onSite,
        Integer maxAudits,
        AuditPeriod period,
        Integer noticeDays,
        CostBearer costBearer,
        boolean acceptsCertificates,
        boolean acceptsCodesOfConduct,
        boolean acceptsCertification,
        boolean acceptsThirdPartyReports,
        boolean extraAfterIncidents,
        Integer intervalMonths,
        String clauseReference,
        int version) {

    /** Nothing recorded yet for the agreement. */
    public static AuditRights unrecorded(long agreementId) {
        return new AuditRights(
                agreementId, false, null, null, null, null, false, false, false, false, false, null, null, -1);
    }

    /** Not part of the JSON form: it follows from the version. */
    @JsonIgnore
    public boolean isNew() {
        return version < 0;
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("onSite", onSite);
        state.put("maxAudits", maxAudits);
        state.put("period", period);
        state.put("noticeDays", noticeDays);
        state.put("costBearer", costBearer);
        state.put("acceptsCertificates", acceptsCertificates);
        state.put("acceptsCodesOfConduct", acceptsCodesOfConduct);
        state.put("acceptsCertification", acceptsCertification);
        state.put("acceptsThirdPartyReports", acceptsThirdPartyReports);
        state.put("extraAfterIncidents", extraAfterIncidents);
        state.put("intervalMonths", intervalMonths);
        state.put("clauseReference", clauseReference);
        state.put("version", version);
        return state;
    }
}
