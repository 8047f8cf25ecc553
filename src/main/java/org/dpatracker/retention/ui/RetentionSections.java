package org.dpatracker.retention.ui;

import org.dpatracker.processor.ui.AgreementSection;
import org.dpatracker.retention.RetentionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts retention rules and the end of the agreement on the agreement page. */
@Configuration(proxyBeanMethods = false)
class RetentionSections {

    @Bean
    AgreementSection retentionSection(RetentionService retention) {
        return AgreementSection.everyRecipient(
                30,
                "retention.title",
                "retention",
                (detail, refresh) ->
                        new RetentionPanel(retention, detail.agreement().id(), refresh));
    }
}
