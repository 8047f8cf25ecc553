package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.SystemAccess;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Ubimax demo agreement in a real headless Chromium: both columns of its TOM appendix and the Art. 28(3) checklist.
 */
class MeasuresEndToEndIT extends BrowserTest {

    @Autowired
    AgreementService agreements;

    @Test
    void theAuditorSeesUbimaxsAppendixSideBySideAndTheContractChecklist() {
        long ubimax = SystemAccess.call(() -> agreements.findPage(RegisterFilter.text("Ubimax"), List.of(), 0, 1))
                .getFirst()
                .id();

        page.logInAs("auditor", "auditor-demo-2026");
        page.open("agreement/" + ubimax);
        page.waitForText("Technical and organisational measures");
        assertThat(page.textOf("agreement-sections"))
                .contains(
                        "Art. 28(3) GDPR checklist",
                        "Technical and organisational measures",
                        "Audit rights and audits",
                        "Retention and deletion",
                        "Annex PDF (Art. 28)");
        String matrix = page.textOf("measures-DE_TOM");
        assertThat(matrix)
                .contains(
                        "Ubimax GmbH (processor)",
                        "Microsoft",
                        "10 of 13 implemented",
                        "3 not assessed",
                        "Physical access control",
                        "Security also outside working hours by alarm system",
                        "Reception / Doorman",
                        "Geo-redundancy on server and application level",
                        "Certification according to ISO 27001 or comparable standard");
        assertThat(page.textOf("contract-completeness"))
                .isEqualTo("9 of 12 points present (75 %), 3 partly, 0 missing, 0 not checked");
        assertThat(page.textOf("audits")).contains("1 per calendar year", "14 days", "the controller");
        driver.executeScript("arguments[0].scrollIntoView();", driver.findElement(By.id("measures")));
        Chromium.screenshot(driver, "ubimax-measures");
    }
}
