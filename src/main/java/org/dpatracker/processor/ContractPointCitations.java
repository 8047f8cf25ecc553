package org.dpatracker.processor;

import java.util.Map;

/** The legal citation of each Art. 28(3) checklist point, by code; supplied by the contract checklist feature. */
public interface ContractPointCitations {

    Map<String, String> byCode();
}
