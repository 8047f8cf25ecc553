package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.Risk;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.records.RecordFilter;
import org.dpatracker.records.RecordService;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.SignedIn;
import org.dpatracker.support.TestBreaches;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages a DPO works in every day, checked by axe-core in English and German: no serious or
 * critical WCAG 2.1 AA violation; and the keyboard reaches the content through the skip link.
 */
class AccessibilityEndToEndIT extends BrowserTest {

    @Autowired
    UserService users;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    BreachService breaches;

    @Autowired
    RecordService records;

    @Test
    void theDailyPagesHaveNoSeriousViolationInEnglishOrGerman() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        UserAccount dpo = SignedIn.newUser(users, Role.DPO);
        page.logInAs(dpo.username(), "a-long-test-password");
        List<String> routes = dailyRoutes();
        Map<String, List<String>> english = check(routes);
        page.open("");
        page.chooseInUserMenu("Language", "Deutsch");
        page.waitForText("Warnungen nach Art");
        Map<String, List<String>> german = check(routes);

        assertThat(english)
                .as("serious violations per page, English")
                .allSatisfy((route, found) -> assertThat(found).as(route).isEmpty());
        assertThat(german)
                .as("serious violations per page, German")
                .allSatisfy((route, found) -> assertThat(found).as(route).isEmpty());
    }

    @Test
    void theSkipLinkIsTheFirstStopOfTheKeyboardAndLeadsToTheContent() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        page.logInAs("dpo", "dpo-demo-2026");
        page.open("register");
        page.waitForNavigation("Processors");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to content");
        assertThat(focused.isDisplayed()).isTrue();
        Chromium.screenshot(driver, "skip-link-focused");
        focused.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main-content");
    }

    @Test
    void theSchemeFollowsTheBrowserUntilTheUserChoosesDarkWhichStaysReadable() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        UserAccount manager = SignedIn.newUser(users, Role.MANAGER);
        try {
            driver.executeCdpCommand(
                    "Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            page.logInAs(manager.username(), "a-long-test-password");
            page.waitForText("Red flags by type");
            assertThat(backgroundLightness()).as("dark, as the browser prefers").isLessThan(80);

            driver.executeCdpCommand(
                    "Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
            assertThat(backgroundLightness())
                    .as("light, as the browser prefers")
                    .isGreaterThan(200);
            page.chooseInUserMenu("Appearance", "Dark");
            page.waitForText("Red flags by type");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> backgroundLightness() < 80);
            Chromium.screenshot(driver, "dashboard-dark");
            page.open("register");
            waitForContent();
            assertThat(backgroundLightness())
                    .as("the choice lasts beyond the page")
                    .isLessThan(80);
            assertThat(Axe.seriousViolations(driver)).as("register in dark").isEmpty();
            Chromium.screenshot(driver, "register-dark");
        } finally {
            page.open("");
            page.chooseInUserMenu("Appearance", "As the system");
            page.waitForText("Red flags by type");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /** The theme's background colour's mean channel value, 0 (black) to 255 (white). */
    private long backgroundLightness() {
        return (Long) driver.executeScript("const probe = document.createElement('div');"
                + " probe.style.background = 'var(--lumo-base-color)'; document.body.append(probe);"
                + " const c = getComputedStyle(probe).backgroundColor.match(/[0-9.]+/g).map(Number);"
                + " probe.remove(); return Math.round((c[0] + c[1] + c[2]) / 3);");
    }

    /** The start page, register, an agreement and a breach of its own, the records list and a record. */
    private List<String> dailyRoutes() {
        // The agreement and breach pages of a vendor of its own: the demo agreements stay as they are.
        long agreementId = SystemAccess.call(() -> AgreementBuilder.agreement(agreements, organisations)
                        .vendor("Accessible Hosting GmbH " + System.nanoTime() % 100000, "DE")
                        .save())
                .id();
        Instant aware = Instant.now().minus(2, ChronoUnit.HOURS);
        long breachId = SystemAccess.call(
                        () -> breaches.save(TestBreaches.payrollExport(agreementId, aware, aware, aware, Risk.RISK)))
                .id();
        long recordId = SystemAccess.call(
                () -> records.findAll(RecordFilter.all()).getFirst().id());
        return List.of(
                "", "register", "agreement/" + agreementId, "breach/" + breachId, "records", "record/" + recordId);
    }

    private Map<String, List<String>> check(List<String> routes) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String route : routes) {
            page.open(route);
            waitForContent();
            found.put(route.isEmpty() ? "start page" : route, Axe.seriousViolations(driver));
        }
        return found;
    }

    private void waitForContent() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d -> Boolean.TRUE.equals(
                                driver.executeScript(
                                        "return document.querySelector('#main-content > *') !== null"
                                                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())")));
    }
}
