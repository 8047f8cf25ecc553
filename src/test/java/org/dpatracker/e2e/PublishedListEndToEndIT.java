package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.publication.PublicListFixture;
import org.dpatracker.publication.PublicationService;
import org.dpatracker.records.RecordService;
import org.dpatracker.transfer.TransferMechanism;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO's page and the public page in a real browser, at laptop and phone sizes. */
class PublishedListEndToEndIT extends BrowserTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SubprocessorService subprocessors;

    @Autowired
    RecordService records;

    @Autowired
    PublicationService publication;

    @Test
    void theDpoSeesTheDraftedNoticeAndVisitorsReadThePublishedList() {
        PublicListFixture fixture =
                new PublicListFixture(agreements, organisations, subprocessors, records, publication);
        fixture.fields(
                org.dpatracker.publication.PublishedField.NAME,
                org.dpatracker.publication.PublishedField.PURPOSE,
                org.dpatracker.publication.PublishedField.COUNTRIES,
                org.dpatracker.publication.PublishedField.SINCE,
                org.dpatracker.publication.PublishedField.TRANSFERS);
        fixture.vendor("Cloud Hosting AG", "Hosting of the customer portal", ProcessingLocation.in("DE", null));
        fixture.vendor(
                "Helpdesk Inc.",
                "Support tickets",
                ProcessingLocation.transfer("US", null, TransferMechanism.DATA_PRIVACY_FRAMEWORK, null));
        fixture.settle();
        fixture.vendor("Mail Relay B.V.", "Sending service e-mails", ProcessingLocation.in("NL", null));

        page.logInAs("dpo", "dpo-demo-2026");
        page.open("published-list");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list-notice")));
        assertThat(driver.findElement(By.id("list-notice")).getText()).contains("Notice of a new sub-processor");
        Chromium.screenshot(driver, "published-list-dpo-laptop");
        driver.manage().window().setSize(new Dimension(390, 844));
        Chromium.screenshot(driver, "published-list-dpo-phone");

        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get("http://localhost:" + port + "/public/subprocessors?lang=en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Sub-processors of");
        assertThat(driver.findElement(By.tagName("table")).getText())
                .contains("Cloud Hosting AG", "Helpdesk Inc.", "United States", "EU-US Data Privacy Framework")
                .doesNotContain("Mail Relay B.V.");
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
        Chromium.screenshot(driver, "published-list-public-laptop");
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get("http://localhost:" + port + "/public/subprocessors?lang=de");
        Chromium.screenshot(driver, "published-list-public-phone-de");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
