package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.dpatracker.notice.ChangeNotice;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.NoticeStatus;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.SubprocessorTerms;
import org.dpatracker.security.SystemAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Subprocessor change notices in a real headless Chromium: the DPO records, the manager objects. */
class NoticeEndToEndIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ChangeNoticeService notices;

    @Test
    void theManagerObjectsInTimeAndANoticeLeftAloneJoinsTheListFromItsEffectiveDate() {
        String vendor = "Notice Vendor " + System.nanoTime() % 100000;
        Agreement agreement = SystemAccess.call(() -> agreements.save(Agreement.withProcessor(
                null,
                0,
                organisations.findAll("Beispiel").getFirst().id(),
                organisations.save(organisation(vendor, "DE")).id(),
                AgreementStatus.SIGNED,
                null,
                new ProcessingDescription("Customer portal", null, null, null, null, null, Set.of(), null, null),
                null,
                new SubprocessorTerms(Authorisation.GENERAL, 30, 14),
                false,
                null,
                null,
                List.of(ProcessingLocation.in("DE", null)))));

        page.logInAs("dpo", "dpo-demo-2026");
        page.open("notices?agreement=" + agreement.id());
        page.click("Record notice");
        page.typeDate("notice-effective", TODAY.plusDays(30));
        page.clickId("notice-new-organisation");
        page.type("organisation-name", "Offshore Analytics Ltd");
        page.choose("organisation-country", "India");
        page.clickId("organisation-save");
        page.waitForText("Organisation Offshore Analytics Ltd saved.");
        page.type("notice-service", "Usage analytics of the customer portal");
        page.click("Add location");
        page.chooseInClass("location-country", "India");
        page.clickId("notice-save");
        page.waitForText("Notice about Offshore Analytics Ltd recorded.");

        page.logInAs("manager", "manager-demo-2026");
        Chromium.screenshot(driver, "start-manager-notices");
        assertThat(page.textOf("open-notices")).isNotBlank();
        assertThat(page.textOf("home-open-notices")).contains("Offshore Analytics Ltd for " + vendor, "14 days left");
        page.open("notices?agreement=" + agreement.id());
        page.waitForText(
                "Offshore Analytics Ltd: data goes to India, outside the EEA, with no transfer mechanism recorded");
        assertThat(page.bodyText()).contains("14 days left");
        Chromium.screenshot(driver, "notices-manager");
        page.click("Object");
        page.type("objection-reason", "No transfer mechanism for India");
        page.type("objection-sent-via", "e-mail to the processor");
        page.clickId("objection-save");
        page.waitForText("The objection to Offshore Analytics Ltd was recorded.");
        assertThat(page.bodyText()).contains("Objected");

        SystemAccess.run(() -> notices.record(new ChangeNotice(
                null,
                0,
                agreement.id(),
                TODAY.minusDays(20),
                TODAY.minusDays(2),
                organisations
                        .save(organisation("Quiet Hosting GmbH " + System.nanoTime() % 1000, "DE"))
                        .id(),
                null,
                null,
                "Backup storage",
                null,
                "Letter",
                List.of(ProcessingLocation.in("DE", "Berlin")),
                NoticeStatus.OPEN,
                null,
                null)));
        page.open("notices?agreement=" + agreement.id());
        page.waitForText("Deemed accepted");
        SystemAccess.run(notices::settle);
        page.open("agreement/" + agreement.id());
        page.waitForText("Subprocessor list over time");
        assertThat(page.textOf("subprocessor-timeline"))
                .contains("added: Quiet Hosting GmbH", "(from " + TODAY.minusDays(2) + ")");
        assertThat(page.textOf("subprocessor-tree")).contains("Backup storage");
        Chromium.screenshot(driver, "agreement-after-notice");
    }

    private static Organisation organisation(String name, String country) {
        return Organisation.withoutSubdivision(
                null, name, null, null, null, null, country, null, null, null, false, 0, List.of());
    }
}
