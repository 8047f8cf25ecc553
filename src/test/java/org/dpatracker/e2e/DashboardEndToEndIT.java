package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dpatracker.security.Role;
import org.dpatracker.support.SignedIn;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The start page's charts in a real headless Chromium: drawn from the application alone, and clickable. */
class DashboardEndToEndIT extends BrowserTest {

    @Autowired
    UserService users;

    @Test
    void theChartsDrawWithoutOtherOriginsAndARedFlagBarOpensTheAgreementsWithThatFlag() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        page.logInAs("dpo", "dpo-demo-2026");
        page.waitForText("Red flags by type");
        WebElement chart = driver.findElement(By.cssSelector("#dashboard-flags dpa-chart"));
        waitUntilDrawn(chart);
        assertThat(driver.findElements(By.cssSelector("dpa-chart"))).hasSize(4);
        Chromium.screenshot(driver, "dashboard-laptop-en");
        for (String tile : List.of("dashboard-deadlines", "dashboard-worst")) {
            driver.executeScript("document.getElementById(arguments[0]).scrollIntoView()", tile);
            Chromium.screenshot(driver, "dashboard-laptop-en-" + tile);
        }

        @SuppressWarnings("unchecked")
        List<String> foreign = (List<String>) driver.executeScript("return performance.getEntriesByType('resource')"
                + ".concat(performance.getEntriesByType('navigation')).map(e => e.name)"
                + ".filter(name => !name.startsWith(location.origin + '/'))");
        assertThat(foreign).as("requests to anything but the application").isEmpty();

        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>)
                driver.executeScript("return JSON.parse(arguments[0].getAttribute('config'))", chart);
        String link = (String) ((List<?>) config.get("keys")).getFirst();
        long count = ((Number) ((List<?>) config.get("values")).getFirst()).longValue();
        @SuppressWarnings("unchecked")
        Map<String, Number> bar =
                (Map<String, Number>) driver.executeScript("return arguments[0].itemPosition(0)", chart);
        WebElement canvas = chart.getShadowRoot().findElement(By.cssSelector("canvas"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
        new Actions(driver)
                .moveToElement(
                        canvas,
                        bar.get("x").intValue() - canvas.getSize().getWidth() / 2,
                        bar.get("y").intValue() - canvas.getSize().getHeight() / 2)
                .click()
                .perform();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith(link));
        page.waitForGridSize("register-grid", (int) count);
        Chromium.screenshot(driver, "dashboard-click-through");
    }

    @Test
    void onAPhoneInGermanThePageDoesNotScrollSideways() {
        // An auditor of its own: the demo auditor's language is what the other browser tests expect.
        UserAccount auditor = SignedIn.newUser(users, Role.AUDITOR);
        page.logInAs(auditor.username(), "a-long-test-password");
        page.chooseInUserMenu("Language", "Deutsch");
        page.waitForText("Warnungen nach Art");
        // The language is chosen on a laptop: on a phone the user menu folds into the overflow button.
        driver.manage().window().setSize(new Dimension(390, 844));
        waitUntilDrawn(driver.findElement(By.cssSelector("#dashboard-status dpa-chart")));
        Chromium.screenshot(driver, "dashboard-phone-de");
        driver.executeScript("document.getElementById('dashboard-worst').scrollIntoView()");
        Chromium.screenshot(driver, "dashboard-phone-de-worst");
        assertThat(Chromium.horizontalOverflow(driver))
                .as("horizontal overflow in px")
                .isLessThanOrEqualTo(0);
        driver.manage().window().setSize(new Dimension(1366, 768));
        page.open("");
        page.waitForText("Warnungen nach Art");
        waitUntilDrawn(driver.findElement(By.cssSelector("#dashboard-status dpa-chart")));
        Chromium.screenshot(driver, "dashboard-laptop-de");
    }

    private void waitUntilDrawn(WebElement chart) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "const c = arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('canvas');"
                                + " return !!c && !!arguments[0].chart && c.width > 0 && c.height > 0",
                        chart)));
    }
}
