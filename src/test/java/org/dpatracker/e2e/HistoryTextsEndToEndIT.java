package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** The change history in a real browser reads in words, on a laptop and on a phone. */
class HistoryTextsEndToEndIT extends BrowserTest {

    @Test
    void theAuditorReadsTheHistoryInWords() {
        page.logInAs("auditor", "auditor-demo-2026");
        driver.manage().window().setSize(new Dimension(1366, 768));
        page.open("history");
        page.waitForText("Verify chain");
        assertThat(driver.getPageSource()).doesNotContain("IN_NEGOTIATION", "SCC_2021");
        Chromium.screenshot(driver, "history-laptop");
        driver.manage().window().setSize(new Dimension(390, 844));
        Chromium.screenshot(driver, "history-phone");
    }
}
