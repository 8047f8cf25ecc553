package org.dpatracker.processor;

import java.util.Map;

/** The legal citation of each Art. 28(3) checklist point, by code; supplied by the contract checklist feature. */
public interface ContractPointCitations {

    /** In English, e.g. "Art. 28(3)(a)". */
    Map<String, String> byCode();

    /** In German, e.g. "Art. 28 Abs. 3 S. 2 lit. a". */
    Map<String, String> germanByCode();
}
