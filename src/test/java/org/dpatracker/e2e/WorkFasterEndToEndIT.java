package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.AppUserPrincipal;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Ticking agreements in the register, naming who looks after them, "My agreements", and the clone dialog. */
class WorkFasterEndToEndIT extends BrowserTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @Test
    void theDpoTicksTwoAgreementsNamesThemselvesAndFindsThemUnderMyAgreements() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        String marker = "Bulk Browser Vendor " + System.nanoTime();
        Agreement first = agreement(marker + " A");
        agreement(marker + " B");
        String dpo = ((AppUserPrincipal) users.loadUserByUsername("dpo")).displayName();

        page.logInAs("dpo", "dpo-demo-2026");
        page.open("register");
        page.search(marker);
        page.waitForGridSize("register-grid", 2);
        // The bar of bulk actions appears after the first tick and moves the rows down while the second is aimed at.
        for (WebElement tick : rowCheckboxes()) {
            driver.executeScript("arguments[0].click();", tick);
        }
        wait.until(d -> page.textOf("register-selected").equals("2 selected"));
        page.choose("bulk-responsible", dpo + " (dpo)");
        Chromium.screenshot(driver, "register-bulk");
        page.clickId("bulk-assign");
        page.waitForText("Responsible person set for 2 agreements; 0 unchanged.");

        page.clickId("nav-my-agreements");
        wait.until(ExpectedConditions.urlContains("my-agreements"));
        assertThat(driver.findElements(By.cssSelector("vaadin-side-nav-item[current]")).stream()
                        .map(WebElement::getText)
                        .toList())
                .as("only My agreements is highlighted, not Processors as well")
                .containsExactly("My agreements");
        page.search(marker);
        page.waitForGridSize("register-grid", 2);
        Chromium.screenshot(driver, "my-agreements");

        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            // The success message may still cover the first row on a phone.
            driver.executeScript("arguments[0].click();", rowCheckboxes().getFirst());
            wait.until(d -> page.textOf("register-selected").equals("1 selected"));
            Chromium.screenshot(driver, "register-bulk-phone");
            assertThat(Chromium.horizontalOverflow(driver))
                    .as("the register on a phone does not scroll sideways")
                    .isLessThanOrEqualTo(0);
        } finally {
            driver.manage().window().setSize(before);
        }

        page.open("agreement/" + first.id());
        page.clickId("clone-open");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clone-controller")));
        Chromium.screenshot(driver, "clone-dialog");
        page.click("Cancel");

        page.open("notices");
        page.clickId("notice-record-any");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice-agreement")));
        Chromium.screenshot(driver, "notice-from-list");
        page.click("Cancel");
    }

    /** The shown rows' checkboxes, without the header's "select all" when the grid shows one. */
    private List<WebElement> rowCheckboxes() {
        List<WebElement> shown = driver.findElements(By.cssSelector("#register-grid vaadin-checkbox")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
        return shown.size() > 2 ? shown.subList(shown.size() - 2, shown.size()) : shown;
    }

    private Agreement agreement(String vendor) {
        return SystemAccess.call(() -> AgreementBuilder.agreement(agreements, organisations)
                .vendor(vendor, "DE")
                .save());
    }
}
