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

/** The map of "Where data goes" in a real headless Chromium: drawn from the application alone, and clickable. */
class WorldMapEndToEndIT extends BrowserTest {

    @Autowired
    UserService users;

    @Test
    void theMapDrawsWithoutOtherOriginsAndAClickOnACountryNarrowsTheList() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        page.logInAs("manager", "manager-demo-2026");
        page.open("recipients");
        WebElement map = waitUntilDrawn();
        Chromium.screenshot(driver, "world-map-laptop-en");

        Number paths = (Number)
                driver.executeScript("return arguments[0].shadowRoot.querySelectorAll('svg path').length", map);
        assertThat(paths.intValue()).as("country outlines").isGreaterThan(150);
        for (String category : List.of("eea", "none")) {
            assertThat((Number) driver.executeScript(
                            "return arguments[0].shadowRoot.querySelectorAll('path.' + arguments[1]).length",
                            map,
                            category))
                    .as(category)
                    .matches(count -> count.intValue() > 0);
        }
        String fill = (String) driver.executeScript(
                "return getComputedStyle(arguments[0].shadowRoot.querySelector('path.eea')).fill", map);
        assertThat(fill).isEqualTo("rgb(0, 114, 178)");
        assertThat(map.getText()).contains("EEA (no transfer)", "Third country without a valid transfer mechanism");
        assertThat(driver.executeScript(
                        "return arguments[0].shadowRoot.querySelector('svg').getAttribute('aria-label')", map))
                .asString()
                .startsWith("World map");

        @SuppressWarnings("unchecked")
        List<String> foreign = (List<String>) driver.executeScript("return performance.getEntriesByType('resource')"
                + ".concat(performance.getEntriesByType('navigation')).map(e => e.name)"
                + ".filter(name => !name.startsWith(location.origin + '/'))");
        assertThat(foreign).as("requests to anything but the application").isEmpty();

        @SuppressWarnings("unchecked")
        Map<String, Number> list = (Map<String, Number>)
                driver.executeScript("const r = document.getElementById('recipients-grid').getBoundingClientRect();"
                        + " return {width: r.width, bottom: r.bottom, window: window.innerHeight}");
        assertThat(list.get("width").intValue()).as("width of the list in px").isGreaterThan(560);
        assertThat(list.get("bottom").intValue())
                .as("the list reaches down to the window's bottom edge")
                .isGreaterThan(list.get("window").intValue() - 32);
        assertThat(map.getRect().getX())
                .as("the map stands beside the list")
                .isGreaterThan(list.get("width").intValue());

        // The demo's CloudFront receives data in the United States only.
        assertThat(gridText()).as("before the click").contains("AWS CloudFront");
        WebElement germany = (WebElement) driver.executeScript(
                "const path = arguments[0].shadowRoot.querySelector(\"path[data-code='DE']\");"
                        + " path.scrollIntoView({block: 'center'}); return path",
                map);
        assertThat(driver.executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " const hit = arguments[1].shadowRoot.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                                + " return hit && hit.dataset.code",
                        germany,
                        map))
                .as("what lies where Germany is drawn")
                .isEqualTo("DE");
        new Actions(driver).moveToElement(germany).click().perform();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "DE"
                        .equals(driver.executeScript(
                                "return document.querySelector('dpa-world-map').getAttribute('selected')")));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "Germany"
                        .equals(driver.executeScript(
                                "return document.querySelector('vaadin-combo-box').inputElement.value")));
        Chromium.screenshot(driver, "world-map-germany-chosen");
    }

    @Test
    void inGermanOnAPhoneTheMapAndTheListFitTheWidth() {
        UserAccount manager = SignedIn.newUser(users, Role.MANAGER);
        page.logInAs(manager.username(), "a-long-test-password");
        page.chooseInUserMenu("Language", "Deutsch");
        page.waitForNavigation("Wohin Daten gehen");
        page.open("recipients");
        waitUntilDrawn();
        assertThat(driver.findElement(By.cssSelector("dpa-world-map")).getText())
                .contains("EWR (keine Übermittlung)", "Drittland ohne gültiges Übermittlungsinstrument");
        Chromium.screenshot(driver, "world-map-laptop-de");
        driver.manage().window().setSize(new Dimension(390, 844));
        waitUntilDrawn();
        Chromium.screenshot(driver, "world-map-phone-de");
        driver.executeScript("document.getElementById('recipients-grid').scrollIntoView()");
        Chromium.screenshot(driver, "world-map-phone-de-list");
        assertThat(Chromium.horizontalOverflow(driver))
                .as("horizontal overflow in px")
                .isLessThanOrEqualTo(0);
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    /** The rows the list shows now. */
    private String gridText() {
        return driver.findElement(By.id("recipients-grid")).getText();
    }

    private WebElement waitUntilDrawn() {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            WebElement map = d.findElement(By.cssSelector("dpa-world-map"));
            Object coloured = driver.executeScript(
                    "return !!arguments[0].shadowRoot && arguments[0].shadowRoot.querySelectorAll('path.eea').length",
                    map);
            return coloured instanceof Number n && n.intValue() > 0 ? map : null;
        });
    }
}
