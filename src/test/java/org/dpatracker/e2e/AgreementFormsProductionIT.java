package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.dpatracker.breach.BreachContent;
import org.dpatracker.breach.BreachService;
import org.dpatracker.security.SystemAccess;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Forms of the agreement page's sections, opened directly in a fresh page of the production build. */
class AgreementFormsProductionIT extends ProductionBrowserTest {

    @Autowired
    BreachService breaches;

    @Test
    void theFourRequiredContentsOfABreachNotificationTickedOnADirectlyOpenedAgreementAreStored() {
        long agreementId = openNewAgreementAsDpo("Payroll Vendor");
        assertThat(page.undefinedVaadinElements()).isEmpty();
        page.clickId("breach-duty-edit");
        page.type("breach-duty-hours", "48");
        page.tick("breach-duty-contents", "Art. 33(3)(a) nature, categories and numbers");
        page.tick("breach-duty-contents", "Art. 33(3)(b) contact point");
        page.tick("breach-duty-contents", "Art. 33(3)(c) likely consequences");
        page.tick("breach-duty-contents", "Art. 33(3)(d) measures taken or proposed");
        page.clickId("breach-duty-save");
        page.waitForText("Breach duties saved.");

        assertThat(SystemAccess.call(() -> breaches.dutyOf(agreementId)).requiredContents())
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(BreachContent.class));
        openDirectly("agreement/" + agreementId);
        assertThat(page.textOf("breach-duty"))
                .contains(
                        "Art. 33(3)(a) nature, categories and numbers",
                        "Art. 33(3)(b) contact point",
                        "Art. 33(3)(c) likely consequences",
                        "Art. 33(3)(d) measures taken or proposed");
        Chromium.screenshot(driver, "production-breach-duties");
    }

    @Test
    void theChecklistsStartFromChoiceCanBeSwitchedOnADirectlyOpenedAgreement() {
        openNewAgreementAsDpo("Hosting Vendor");
        page.clickId("tom-start");
        page.pickRadio("tom-start-how", "a copy of another checklist");

        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("tom-copy-source")));
        assertThat(page.undefinedVaadinElements()).isEmpty();
        Chromium.screenshot(driver, "production-start-checklist");
    }

    @Test
    void aFieldThatDidNotLoadStopsTheSaveWithAnErrorAndNothingIsStored() {
        long agreementId = openNewAgreementAsDpo("Mail Vendor");
        page.clickId("breach-duty-edit");
        page.type("breach-duty-hours", "48");
        page.tick("breach-duty-contents", "Art. 33(3)(b) contact point");
        // A component whose code the browser never loaded, as the per-route bundle left the group.
        driver.executeScript("document.getElementById('breach-duty-contents')"
                + ".after(document.createElement('vaadin-not-loaded'));");
        page.clickId("breach-duty-save");

        page.waitForText("Part of this form did not load in your browser (vaadin-not-loaded)");
        assertThat(SystemAccess.call(() -> breaches.dutyOf(agreementId)).isNew())
                .isTrue();
        assertThat(driver.findElements(By.id("breach-duty-hours")))
                .as("the dialog stays open")
                .isNotEmpty();
        Chromium.screenshot(driver, "production-form-incomplete");
    }

    @Test
    void escapeOnAChangedDialogAsksBeforeTheInputIsDiscarded() {
        long agreementId = openNewAgreementAsDpo("Chat Vendor");
        page.clickId("breach-duty-edit");
        page.type("breach-duty-hours", "24");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        page.waitForText("Discard your changes?");
        Chromium.screenshot(driver, "production-discard-changes");
        page.click("Keep editing");
        assertThat(driver.findElement(By.cssSelector("#breach-duty-hours input"))
                        .getDomProperty("value"))
                .isEqualTo("24");

        // the question's overlay leaves with an animation; until it is gone the field takes no keys
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#breach-duty-hours input")))
                .sendKeys(Keys.ESCAPE);
        page.click("Discard changes");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("breach-duty-hours")));
        assertThat(SystemAccess.call(() -> breaches.dutyOf(agreementId)).isNew())
                .isTrue();
    }

    /** A new signed agreement, opened directly by the DPO in a fresh page. */
    private long openNewAgreementAsDpo(String vendor) {
        long agreementId = newSignedAgreement(vendor + " " + System.nanoTime() % 100000);
        page.logInAs("dpo", "dpo-demo-2026");
        openDirectly("agreement/" + agreementId);
        return agreementId;
    }
}
