package org.dpatracker.vendorlist.ui;

import java.time.Clock;
import java.time.LocalDate;
import org.dpatracker.processor.ui.AgreementSection;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.vendorlist.VendorListService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the comparison with the vendor's published sub-processor list on the page of a processor agreement, for the DPO. */
@Configuration(proxyBeanMethods = false)
class VendorListSections {

    @Bean
    AgreementSection vendorListSection(VendorListService vendorLists, Clock clock) {
        return new AgreementSection(
                1,
                "vendorlist.title",
                "vendor-list",
                true,
                () -> CurrentUser.has(Permission.REGISTER_EDIT),
                (detail, refresh) -> new VendorListPanel(vendorLists, detail, LocalDate.now(clock)));
    }
}
