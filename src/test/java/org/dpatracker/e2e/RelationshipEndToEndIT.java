package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** Recipients that are not processors, and the adequacy list with scope and sunset dates, in a real Chromium. */
class RelationshipEndToEndIT extends BrowserTest {

    @Test
    void aSocialPlugInProviderShowsAsJointControllerWithTheArticle26FlagAndNoArticle28Sections() {
        page.logInAs("dpo", "dpo-demo-2026");
        page.open("register");
        page.search("Facebook");
        page.waitForGridSize("register-grid", 1);
        page.clickLink("Facebook Inc");
        page.waitForText("Joint controller (Art. 26)");

        assertThat(page.textOf("red-flags"))
                .contains(
                        "Facebook Inc: joint controller without a concluded arrangement under Art. 26 GDPR (CJEU "
                                + "C-40/17 Fashion ID).",
                        "Privacy Shield")
                .doesNotContain("no signed Art. 28 agreement");
        assertThat(page.textOf("agreement-relationship"))
                .contains("jointly responsible for collection and transmission", "is not a processor");
        assertThat(page.bodyText())
                .contains("Joint controllers: WIBU-SYSTEMS AG and Facebook Inc (Art. 26)")
                .doesNotContain("Processor agreement between");
        assertThat(driver.findElements(By.id("breach-duty")))
                .as("no Art. 28 breach duties")
                .isEmpty();
        assertThat(driver.findElements(By.id("contract-checklist")))
                .as("no Art. 28(3) checklist")
                .isEmpty();
        Chromium.screenshot(driver, "joint-controller-laptop");
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            page.waitForText("Joint controller (Art. 26)");
            Chromium.screenshot(driver, "joint-controller-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theAdministratorSeesScopeAndSunsetOfEachAdequacyDecision() {
        page.logInAs("admin", "admin-demo-2026");
        page.open("adequacy");
        page.waitForText("only organisations subject to PIPEDA");
        assertThat(page.bodyText())
                .contains(
                        "Commission Implementing Decision (EU) 2026/179",
                        "Commission Implementing Decision of 19 December 2025 renewing Implementing Decision (EU) "
                                + "2021/1772",
                        "2031-12-27",
                        "only organisations certified under the EU-US Data Privacy Framework",
                        "European Patent Organisation (EPO)",
                        "Commission Implementing Decision (EU) 2025/1382");
        Chromium.screenshot(driver, "adequacy-list");
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            page.waitForText("European Patent Organisation");
            Chromium.screenshot(driver, "adequacy-list-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void imksPageShowsWhoDoesWhatBetweenImkAndItsSubprocessor() {
        page.logInAs("auditor", "auditor-demo-2026");
        page.open("register");
        page.search("imk");
        page.waitForGridSize("register-grid", 1);
        page.clickLink("imk automotive GmbH");
        page.waitForText("Delimitation of responsibilities");
        assertThat(page.bodyText())
                .contains(
                        "Support is provided directly by imk automotive GmbH: support contact details are not passed on "
                                + "to subcontractors.");
        Chromium.screenshot(driver, "imk-delimitation-laptop");
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            page.waitForText("Delimitation of responsibilities");
            Chromium.screenshot(driver, "imk-delimitation-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
