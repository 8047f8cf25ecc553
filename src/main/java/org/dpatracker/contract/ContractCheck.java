package org.dpatracker.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;

/** One point of the Art. 28(3) checklist of an agreement and where the contract says it. */
public record ContractCheck(
        long agreementId, ContractPoint point, PointStatus status, String clauseReference, String quote, int version) {

    public static ContractCheck open(long agreementId, ContractPoint point) {
        return new ContractCheck(agreementId, point, PointStatus.OPEN, null, null, -1);
    }

    /** Not stored yet: nobody has checked this point. */
    @JsonIgnore
    public boolean isNew() {
        return version < 0;
    }

    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("point", point);
        state.put("status", status);
        state.put("clauseReference", clauseReference);
        state.put("quote", quote);
        state.put("version", version);
        return state;
    }
}
