package org.dpatracker.tom.ui;

import org.dpatracker.processor.ui.AgreementSection;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomChecklistService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the TOM checklists on the agreement page. */
@Configuration(proxyBeanMethods = false)
class MeasuresSections {

    @Bean
    AgreementSection measuresSection(TomChecklistService checklists, TomCatalogueService catalogues) {
        return AgreementSection.art28(
                10,
                "tom.title",
                "measures",
                (detail, refresh) -> new MeasuresPanel(checklists, catalogues, detail, refresh));
    }
}
