package org.dpatracker.audit.ui;

import org.dpatracker.audit.AuditService;
import org.dpatracker.processor.ui.AgreementSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts audit rights, audits, findings and actions on the agreement page. */
@Configuration(proxyBeanMethods = false)
class AuditSections {

    @Bean
    AgreementSection auditSection(AuditService audits) {
        return AgreementSection.art28(
                20,
                "audit.title",
                "audits",
                (detail, refresh) -> new AuditPanel(audits, detail.agreement().id(), refresh));
    }
}
