package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.vendorlist.VendorListFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/** The vendor's list pasted on an agreement's page in a real headless Chromium, on a laptop and a phone. */
class VendorListEndToEndIT extends BrowserTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SubprocessorService subprocessors;

    @Autowired
    ChangeNoticeService notices;

    @Test
    void theDpoPastesTheListSeesTheThreeChangesAndRecordsTheNotice() {
        VendorListFixture fixture = VendorListFixture.create(agreements, organisations, subprocessors);
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(1366, 768));
            page.logInAs("dpo", "dpo-demo-2026");
            page.open("agreement/" + fixture.agreementId());
            // A pasted table arrives as tab-separated text; typing a tab would move the focus instead.
            driver.executeScript(
                    "const area = document.getElementById('vendorlist-text'); area.value = arguments[0];"
                            + " area.dispatchEvent(new Event('change'));",
                    fixture.pastedList());
            page.clickId("vendorlist-compare");
            page.waitForText("Location changed");
            assertThat(page.textOf("vendorlist-differences"))
                    .contains(
                            "Added",
                            "Removed",
                            "Location changed",
                            fixture.addedName(),
                            "Germany → Germany, United States");
            driver.executeScript("document.getElementById('vendor-list').scrollIntoView();");
            Chromium.screenshot(driver, "vendorlist-laptop");
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.executeScript("document.getElementById('vendorlist-differences').scrollIntoView();");
            Chromium.screenshot(driver, "vendorlist-phone");
            driver.manage().window().setSize(new Dimension(1366, 768));

            page.clickId("vendorlist-record");
            page.waitForText("Recorded one change notice");
            assertThat(driver.findElements(By.id("vendorlist-record"))).allMatch(button -> !button.isDisplayed());
            assertThat(SystemAccess.call(() -> notices.ofAgreement(fixture.agreementId())))
                    .singleElement()
                    .satisfies(notice -> assertThat(notice.proposedName()).isEqualTo(fixture.addedName()));
            Chromium.screenshot(driver, "vendorlist-recorded");
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Test
    void theDpoUploadsTheVendorsCsvWithGermanHeaders() throws Exception {
        VendorListFixture fixture = VendorListFixture.create(agreements, organisations, subprocessors);
        String csv = fixture.pastedList()
                .replace("Sub-processor\tPurpose\tLocation", "Unterauftragsverarbeiter;Zweck;Standort")
                .replace("Germany, USA", "\"Deutschland, USA\"")
                .replace("United States", "Vereinigte Staaten")
                .replace('\t', ';');
        Path file = Files.createTempDirectory("vendor-list").resolve("unterauftragsverarbeiter.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        page.logInAs("dpo", "dpo-demo-2026");
        page.open("agreement/" + fixture.agreementId());

        page.chooseFile("vendorlist-upload", file);

        page.waitForText("Location changed");
        assertThat(page.textOf("vendorlist-differences"))
                .contains(
                        "Added",
                        "Removed",
                        "Location changed",
                        fixture.addedName(),
                        "Germany → Germany, United States");
    }
}
