package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.tom.MeasureStatus;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;
import org.dpatracker.tom.TomEntry;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DPO fills a long TOM checklist and the Art. 28(3) checklist of an agreement of this test's own in
 * a real headless Chromium: a measure edited in its row is saved while the page stays where it was.
 */
class InPlaceEditingEndToEndIT extends BrowserTest {

    /** The window's scroll position plus that of every scrolled element: what moves when a page jumps. */
    private static final String SCROLLED = """
            let total = window.scrollY;
            for (const e of document.querySelectorAll('*')) { total += e.scrollTop; }
            const host = document.querySelector('vaadin-app-layout');
            if (host && host.shadowRoot) {
              for (const e of host.shadowRoot.querySelectorAll('*')) { total += e.scrollTop; }
            }
            return total;""";

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TomCatalogueService catalogues;

    @Autowired
    TomChecklistService checklists;

    @Autowired
    ContractCheckService checks;

    @Test
    void aMeasureDeepInTheListIsSavedInItsRowAndThePageDoesNotJump() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        Agreement agreement = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)
                .vendor("In Place Vendor " + System.nanoTime(), "DE")::save);
        TomCatalogue largest = SystemAccess.call(() -> catalogues.findAll().stream()
                .max(Comparator.comparingInt(c -> c.measures().size()))
                .orElseThrow());
        TomChecklist checklist = SystemAccess.call(() -> checklists.start(agreement.id(), null, largest.id()));
        TomEntry deep = checklist.entries().get(checklist.entries().size() * 3 / 4);

        page.logInAs("dpo", "dpo-demo-2026");
        page.open("agreement/" + agreement.id());
        page.waitForText("Technical and organisational measures");
        By cell = By.cssSelector(".measure-cell[data-entry='" + deep.id() + "']");
        WebElement entry = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(cell));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", entry);
        entry.findElement(By.cssSelector("vaadin-button.measure-edit")).click();
        page.waitForText("Save and next point");
        double before = scrolled();
        assertThat(before).as("scrolled down to the measure").isGreaterThan(500);
        double rowTop = top(cell);

        choose(driver.findElement(cell).findElement(By.cssSelector("vaadin-select")), "Implemented");
        driver.findElement(cell)
                .findElement(By.cssSelector("vaadin-text-area textarea"))
                .sendKeys("Badge readers at every door, logged for 90 days");
        driver.findElement(cell)
                .findElement(By.cssSelector("vaadin-button.measure-row-save"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(cell).getText().contains("Badge readers at every door"));
        Chromium.screenshot(driver, "in-place-measure-saved");

        assertThat(scrolled()).as("scroll position after the save").isCloseTo(before, offset(5.0));
        assertThat(top(cell)).as("the row stays where it was").isCloseTo(rowTop, offset(5.0));
        TomEntry stored = SystemAccess.call(() -> checklists.ofAgreement(agreement.id())).getFirst().entries().stream()
                .filter(e -> e.id().equals(deep.id()))
                .findFirst()
                .orElseThrow();
        assertThat(stored.status()).isEqualTo(MeasureStatus.IMPLEMENTED);
        assertThat(stored.description()).isEqualTo("Badge readers at every door, logged for 90 days");

        driver.navigate().refresh();
        assertThat(new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(cell))
                        .getText())
                .contains("Implemented", "Badge readers at every door");

        WebElement markAll = driver.findElement(By.id("contract-mark-all-status"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", markAll);
        choose(markAll, "Missing");
        page.clickId("contract-mark-all-apply");
        page.waitForText("12 rows marked as “Missing”.");
        List<ContractCheck> points = SystemAccess.call(() -> checks.ofAgreement(agreement.id()));
        assertThat(points).extracting(ContractCheck::status).containsOnly(PointStatus.MISSING);
        driver.executeScript("arguments[0].scrollIntoView();", driver.findElement(By.id("contract-checklist")));
        Chromium.screenshot(driver, "in-place-contract-checklist");
    }

    private void choose(WebElement select, String label) {
        select.click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    for (WebElement candidate : d.findElements(item)) {
                        if (candidate.isDisplayed()) {
                            candidate.click();
                            return true;
                        }
                    }
                    return false;
                });
    }

    private double scrolled() {
        return ((Number) driver.executeScript(SCROLLED)).doubleValue();
    }

    private double top(By element) {
        return ((Number) driver.executeScript(
                        "return arguments[0].getBoundingClientRect().top;", driver.findElement(element)))
                .doubleValue();
    }
}
