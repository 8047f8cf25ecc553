package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dpatracker.security.Role;
import org.dpatracker.support.SignedIn;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three screens a DPO opens every day (start page, where data goes, processors) in English and German, on a
 * laptop and on a phone: each in the chosen language, drawn, and on the phone without sideways scrolling. The
 * screenshots are kept for a person to look at.
 */
class DailyScreensEndToEndIT extends BrowserTest {

    @Autowired
    UserService users;

    @ParameterizedTest
    @CsvSource({"en, Welcome, Where data goes, Processors", "de, Willkommen, Wohin Daten gehen, Auftragsverarbeiter"})
    void theStartPageTheMapAndTheRegisterFitALaptopAndAPhone(
            String language, String welcome, String dataGoes, String processors) {
        UserAccount dpo = SignedIn.newUser(users, Role.DPO);
        page.logInAs(dpo.username(), "a-long-test-password");
        if (language.equals("de")) {
            page.chooseInUserMenu("Language", "Deutsch");
            page.waitForNavigation(dataGoes);
        }
        Dimension before = driver.manage().window().getSize();
        try {
            for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(390, 844)}) {
                driver.manage().window().setSize(size);
                String device = size.getWidth() < 600 ? "phone" : "laptop";

                page.open("");
                page.waitForText(welcome);
                waitForCanvas("#dashboard-status dpa-chart");
                look("tour-dashboard-" + device + "-" + language, device);

                page.open("recipients");
                page.waitForText(dataGoes);
                new WebDriverWait(driver, Duration.ofSeconds(60))
                        .until(
                                d -> Boolean.TRUE.equals(
                                        driver.executeScript(
                                                "const m = document.querySelector('dpa-world-map');"
                                                        + " return !!m && !!m.shadowRoot && m.shadowRoot.querySelectorAll('path.eea').length > 0")));
                look("tour-map-" + device + "-" + language, device);
                if (device.equals("phone")) {
                    assertThat(Chromium.gridOverflow(driver, "recipients-grid"))
                            .as("the list of recipients on a phone scrolls sideways by (px)")
                            .isLessThanOrEqualTo(0);
                }

                page.open("register");
                page.waitForText(processors);
                new WebDriverWait(driver, Duration.ofSeconds(30))
                        .until(d -> ((Number) driver.executeScript(
                                                "return document.getElementById('register-grid')?.size || 0"))
                                        .intValue()
                                > 0);
                look("tour-register-" + device + "-" + language, device);
                if (device.equals("phone")) {
                    assertThat(Chromium.gridOverflow(driver, "register-grid"))
                            .as("the processor list on a phone scrolls sideways by (px)")
                            .isLessThanOrEqualTo(0);
                }
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private void look(String name, String device) {
        Chromium.screenshot(driver, name);
        if (device.equals("phone")) {
            assertThat(Chromium.horizontalOverflow(driver))
                    .as("%s scrolls sideways by (px)", name)
                    .isLessThanOrEqualTo(0);
        }
    }

    private void waitForCanvas(String selector) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "const e = document.querySelector(arguments[0]);"
                                + " const c = e && e.shadowRoot && e.shadowRoot.querySelector('canvas');"
                                + " return !!c && c.width > 0 && c.height > 0",
                        selector)));
        assertThat(driver.findElements(By.cssSelector(selector))).isNotEmpty();
    }
}
