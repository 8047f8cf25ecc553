package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The register in a real headless Chromium, as a DPO and a manager use it. */
@H2Test
class RegisterEndToEndTest {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    private AppPage page;

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openApp() {
        page = new AppPage(driver, port);
    }

    @Test
    void aDpoAddsASubprocessorInAThirdCountryWithoutMechanismAndSeesTheRedFlag() {
        page.logInAs("dpo", "dpo-demo-2026");
        page.open("register");
        page.waitForText("Ubimax GmbH");
        Chromium.screenshot(driver, "register-dpo");
        page.search("Ubimax");
        page.waitForGridSize("register-grid", 1);
        page.clickLink("Ubimax GmbH");
        page.waitForText("Microsoft Azure");
        assertThat(page.textOf("red-flags-none")).contains("No red flags");

        page.click("Add subprocessor");
        page.clickId("subprocessor-new-organisation");
        page.type("organisation-name", "Offshore Support Ltd");
        page.choose("organisation-country", "India");
        page.clickId("organisation-save");
        page.waitForText("Organisation Offshore Support Ltd saved.");
        page.type("subprocessor-service", "Second-level support for the Augmented Portal");
        page.click("Add location");
        page.chooseInClass("location-country", "India");
        Chromium.screenshot(driver, "subprocessor-dialog");
        page.clickId("subprocessor-save");

        String flags = page.textOf("red-flags");
        assertThat(flags).contains("Offshore Support Ltd: data goes to India, outside the EEA, with no transfer mechanism recorded");
        Chromium.screenshot(driver, "agreement-ubimax-flagged");
    }

    @Test
    void aManagerSeesWhereTheDataGoes() {
        page.logInAs("manager", "manager-demo-2026");
        Chromium.screenshot(driver, "start-manager-register");
        page.open("recipients");
        page.waitForText("Axilaris GmbH");
        String text = page.bodyText();
        assertThat(text).contains("Axilaris GmbH", "Microsoft Azure", "Userlike UG (haftungsbeschränkt)", "Germany",
                "EU/EEA (member state not named)", "United States", "Privacy Shield / Safe Harbor");
        Chromium.screenshot(driver, "recipients-manager");
    }
}
