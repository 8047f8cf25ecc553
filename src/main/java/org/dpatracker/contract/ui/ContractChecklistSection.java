package org.dpatracker.contract.ui;

import com.vaadin.flow.component.Component;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.ui.AgreementSection;

/** Puts the Art. 28(3) checklist on the agreement page. */
@org.springframework.stereotype.Component
class ContractChecklistSection implements AgreementSection {

    private final ContractCheckService checks;

    ContractChecklistSection(ContractCheckService checks) {
        this.checks = checks;
    }

    @Override
    public String titleKey() {
        return "contract.title";
    }

    @Override
    public String anchorId() {
        return "contract-checklist";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean appliesTo(AgreementDetail detail) {
        return AgreementSection.art28(detail);
    }

    @Override
    public Component render(AgreementDetail detail, Runnable refresh) {
        return new ContractChecklistPanel(checks, detail.agreement().id(), refresh);
    }
}
