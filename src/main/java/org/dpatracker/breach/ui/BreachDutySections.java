package org.dpatracker.breach.ui;

import org.dpatracker.breach.BreachService;
import org.dpatracker.processor.ui.AgreementSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the processor's breach-notification duties on the agreement page. */
@Configuration(proxyBeanMethods = false)
class BreachDutySections {

    @Bean
    AgreementSection breachDutySection(BreachService breaches) {
        return AgreementSection.art28(
                25,
                "breach.duty.title",
                "breach-duty",
                (detail, refresh) -> new BreachDutyPanel(
                        breaches, breaches.dutyOf(detail.agreement().id()), refresh));
    }
}
