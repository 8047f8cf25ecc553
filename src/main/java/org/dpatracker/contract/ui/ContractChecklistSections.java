package org.dpatracker.contract.ui;

import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.processor.ui.AgreementSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the Art. 28(3) checklist on the agreement page. */
@Configuration(proxyBeanMethods = false)
class ContractChecklistSections {

    @Bean
    AgreementSection contractChecklistSection(ContractCheckService checks) {
        return AgreementSection.art28(
                5,
                "contract.title",
                "contract-checklist",
                (detail, refresh) ->
                        new ContractChecklistPanel(checks, detail.agreement().id()));
    }
}
