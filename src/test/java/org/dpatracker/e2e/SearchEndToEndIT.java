package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The global search in a real headless Chromium: Ctrl+K, a name, the arrow keys and Enter. */
class SearchEndToEndIT extends BrowserTest {

    @Test
    void ctrlKFindsTheSubprocessorAndEnterOpensTheAgreementItWorksUnder() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        page.logInAs("manager", "manager-demo-2026");
        page.open("");
        assertThat(driver.findElement(By.id("global-search")).getDomAttribute("aria-label"))
                .isEqualTo("Search (Ctrl+K)");

        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("k")
                .keyUp(Keys.CONTROL)
                .perform();
        page.type("global-search-field", "Axilaris");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-hit-subprocessor")));
        assertThat(page.textOf("global-search-results"))
                .contains("Organisations", "Axilaris GmbH", "Subprocessors", "imk automotive GmbH");
        Chromium.screenshot(driver, "search-axilaris");

        WebElement subprocessor = driver.findElement(By.cssSelector(".search-hit-subprocessor"));
        int index = Integer.parseInt(subprocessor.getDomAttribute("id").replace("search-hit-", ""));
        WebElement field = driver.findElement(By.cssSelector("#global-search-field input"));
        for (int i = 0; i < index; i++) {
            field.sendKeys(Keys.ARROW_DOWN);
        }
        wait.until(d -> "true".equals(subprocessor.getDomAttribute("aria-selected")));
        field.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlMatches(".*/agreement/[0-9]+$"));
        page.waitForText("imk automotive GmbH");
        page.waitForText("Axilaris GmbH");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("global-search-dialog")));
        Chromium.screenshot(driver, "search-opened-agreement");
    }

    @Test
    void onAPhoneTheSearchButtonOpensTheDialog() {
        page.logInAs("manager", "manager-demo-2026");
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            page.open("register");
            page.clickId("global-search");
            page.type("global-search-field", "Axil");
            page.waitForText("Axilaris GmbH");
            Chromium.screenshot(driver, "search-phone");
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
