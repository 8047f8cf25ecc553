package org.dpatracker.annex.ui;

import org.dpatracker.annex.AnnexService;
import org.dpatracker.processor.ui.AgreementSection;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the annex PDFs, their versions and "what changed" on the agreement page, for those who may export. */
@Configuration(proxyBeanMethods = false)
class AnnexSections {

    @Bean
    AgreementSection annexSection(AnnexService annexes) {
        return new AgreementSection(
                40,
                "annexui.title",
                "annexes",
                true,
                () -> CurrentUser.has(Permission.DOCUMENTS_EXPORT),
                (detail, refresh) -> new AnnexPanel(annexes, detail.agreement().id(), refresh));
    }
}
