package org.dpatracker.clause.ui;

import org.dpatracker.clause.ClauseCheckService;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.processor.ui.AgreementSection;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the clause checker on the page of an agreement with a processor, for the DPO only. */
@Configuration(proxyBeanMethods = false)
class ClauseSections {

    @Bean
    AgreementSection clauseCheckSection(DocumentService documents, ClauseCheckService clauses) {
        return new AgreementSection(
                4,
                "clause.title",
                "clause-check",
                true,
                () -> CurrentUser.has(Permission.REGISTER_EDIT),
                (detail, refresh) -> new ClauseDocumentsPanel(
                        documents, clauses, detail.agreement().id()));
    }
}
