package org.dpatracker.contract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dpatracker.processor.ContractPointCitations;
import org.springframework.stereotype.Component;

/** Tells the red-flag facts how each Art. 28(3) point is cited. */
@Component
class ContractPointCatalogue implements ContractPointCitations {

    @Override
    public Map<String, String> byCode() {
        return Arrays.stream(ContractPoint.values()).collect(Collectors.toMap(Enum::name, ContractPoint::citation));
    }

    @Override
    public Map<String, String> germanByCode() {
        return Arrays.stream(ContractPoint.values())
                .collect(Collectors.toMap(Enum::name, p -> p.citation(Locale.GERMAN)));
    }
}
