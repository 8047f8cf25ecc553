package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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
        fileInput().sendKeys(file.toAbsolutePath().toString());
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
                .contains("Signed DPA Nordlicht", "Signed DPA", "Mar 2, 2026", stored.shortHash(), "dpo");
        byte[] downloaded = downloadInBrowser("document-download-" + stored.id());
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

    /** The upload's file input, wherever the component keeps it. */
    private WebElement fileInput() {
        return (WebElement) new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> driver.executeScript("""
                        const upload = document.getElementById('document-file');
                        if (!upload) return null;
                        return upload.querySelector('input[type=file]')
                            || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                        """));
    }

    /** Fetches a download link with the browser's own session and returns the bytes. */
    private byte[] downloadInBrowser(String anchorId) {
        Object base64 = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href, {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer())
                  .then(buffer => {
                    let binary = '';
                    new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                    done(btoa(binary));
                  })
                  .catch(e => done('ERROR ' + e));
                """, anchorId);
        assertThat(base64.toString()).doesNotStartWith("ERROR");
        return Base64.getDecoder().decode(base64.toString());
    }
}
