package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The record of processing activities in a real headless Chromium. */
class RecordsEndToEndIT extends BrowserTest {

    @Test
    void theDpoSeesTheUsTransferWithoutMechanismAndCannotSubmitAnActivityWithoutLegalBasis() {
        page.logInAs("dpo", "dpo-demo-2026");
        page.open("records");
        page.waitForText("Website analytics (Google Analytics)");
        page.clickId("record-filter-transfers");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> !page.textOf("records-grid").contains("Web analytics (Matomo, self-hosted)"));
        assertThat(page.textOf("records-grid"))
                .contains("Website analytics (Google Analytics)", "Podcasts (Podtrac)")
                .doesNotContain("Web analytics (Matomo, self-hosted)");
        Chromium.screenshot(driver, "records-with-transfers");

        page.clickLink("Website analytics (Google Analytics)");
        page.waitForText("Transfers to third countries");
        assertThat(page.textOf("record-transfers"))
                .contains("Google Inc.", "United States", "No transfer mechanism recorded");
        Chromium.screenshot(driver, "record-google-analytics");
        page.click("Submit for review");
        page.waitForText("Give the legal basis (Art. 6(1)) before review.");
        assertThat(page.textOf("record-heading")).contains("Draft");
    }
}
