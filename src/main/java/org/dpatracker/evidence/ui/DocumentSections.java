package org.dpatracker.evidence.ui;

import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.processor.ui.AgreementSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the agreement's documents on its page, for every kind of recipient. */
@Configuration(proxyBeanMethods = false)
class DocumentSections {

    @Bean
    AgreementSection documentSection(DocumentService documents) {
        return AgreementSection.everyRecipient(
                3,
                "vault.section",
                "documents",
                (detail, refresh) -> new DocumentsPanel(
                        documents, DocumentOwner.agreement(detail.agreement().id()), refresh));
    }
}
