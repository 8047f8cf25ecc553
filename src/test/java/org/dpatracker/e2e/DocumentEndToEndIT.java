package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dpatracker.core.Sha256;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.evidence.TestFiles;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO uploads a signed DPA on the agreement page in a real headless Chromium and downloads it again. */
class DocumentEndToEndIT extends BrowserTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DocumentService documents;

    @Test
    void theDpoUploadsASignedDpaSeesItListedAndTheDownloadHasTheSameSha256() throws Exception {
        long agreement = SystemAccess.call(() -> AgreementBuilder.agreement(agreements, organisations)
                        .vendor("Nordlicht Cloud GmbH", "DE")
                        .save())
                .id();
        byte[] pdf = TestFiles.pdf("Data processing agreement, signed on 2 March 2026");
        Path file = Files.createTempDirectory("upload").resolve("signed-dpa-nordlicht.pdf");
        Files.write(file, pdf);

        page.logInAs("dpo", "dpo-demo-2026");
        page.open("agreement/" + agreement);
        page.waitForText("No documents yet.");
        page.clickId("document-upload");
        page.chooseFile("document-file", file);
        page.waitForText("Ready: signed-dpa-nordlicht.pdf");
        page.choose("document-kind", "Signed DPA");
        page.type("document-title", "Signed DPA Nordlicht");
        page.typeDate("document-date", java.time.LocalDate.of(2026, 3, 2));
        page.clickId("document-save");
        page.waitForText("Document “Signed DPA Nordlicht” uploaded.");

        Document stored = SystemAccess.call(() -> documents.ofOwner(DocumentOwner.agreement(agreement)))
                .getFirst();
        assertThat(stored.sha256()).isEqualTo(Sha256.hex(pdf));
        assertThat(page.textOf("document-list"))
                .contains("Signed DPA Nordlicht", "Signed DPA", "2026-03-02", stored.shortHash(), "dpo");
        byte[] downloaded = page.download("document-download-" + stored.id());
        assertThat(Sha256.hex(downloaded)).isEqualTo(stored.sha256());

        WebElement section = driver.findElement(By.id("documents"));
        driver.executeScript("arguments[0].scrollIntoView();", section);
        Chromium.screenshot(driver, "documents-laptop");
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.executeScript("arguments[0].scrollIntoView();", driver.findElement(By.id("documents")));
        Thread.sleep(500);
        Chromium.screenshot(driver, "documents-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
