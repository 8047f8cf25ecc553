package org.dpatracker.cloning.ui;

import org.dpatracker.cloning.AgreementCloneService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.ui.AgreementSection;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts "Clone for another controller" at the end of the agreement page, for the DPO only. */
@Configuration(proxyBeanMethods = false)
class CloneSections {

    @Bean
    AgreementSection cloneSection(AgreementCloneService clones, OrganisationService organisations) {
        return new AgreementSection(
                90,
                "clone.title",
                "clone-agreement",
                false,
                () -> CurrentUser.has(Permission.REGISTER_EDIT),
                (detail, refresh) -> new ClonePanel(clones, organisations, detail));
    }
}
