package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.PdfValidator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** An auditor downloads the Ubimax annex from the agreement page in a real headless Chromium. */
class AnnexEndToEndIT extends BrowserTest {

    @Autowired
    AgreementService agreements;

    @Test
    void theAuditorDownloadsTheUbimaxAnnexInEnglishAndGermanAndTheLinkIsUselessWithoutTheSession() throws Exception {
        long ubimax = SystemAccess.call(() -> agreements.findPage(RegisterFilter.text("Ubimax"), List.of(), 0, 1))
                .getFirst()
                .id();

        page.logInAs("auditor", "auditor-demo-2026");
        page.open("agreement/" + ubimax);
        page.waitForText("Annex PDF (Art. 28)");
        String englishLink = driver.findElement(By.id("annex-download-en")).getDomAttribute("href");
        byte[] english = page.download("annex-download-en");
        byte[] german = page.download("annex-download-de");

        for (byte[] pdf : List.of(english, german)) {
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
            assertThat(PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        }
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/ubimax-browser-en.pdf"), english);
        Files.write(Path.of("target/pdf/ubimax-browser-de.pdf"), german);

        page.click("Show new versions");
        driver.executeScript("arguments[0].scrollIntoView();", driver.findElement(By.id("annexes")));
        page.waitForText("SHA-256");
        assertThat(page.textOf("annex-versions")).contains("EN", "DE", "Ari Auditor (auditor)");
        Chromium.screenshot(driver, "annex-versions");

        HttpResponse<byte[]> stranger = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + englishLink))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(stranger.body().length > 4 && new String(stranger.body(), 0, 5).equals("%PDF-"))
                .as("the download link without the auditor's session")
                .isFalse();
    }

    @Test
    void theAuditorPreparesAZipOfThreeAnnexesWatchingItsProgressAndDownloadsIt() throws Exception {
        page.logInAs("auditor", "auditor-demo-2026");
        page.open("annexes");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        wait.until(d -> ((Number) driver.executeScript("return document.getElementById('annex-agreements')?.size || 0"))
                        .intValue()
                >= 3);
        wait.until(d -> d.findElements(By.cssSelector("#annex-agreements vaadin-checkbox"))
                        .size()
                >= 4);
        List<WebElement> ticks = driver.findElements(By.cssSelector("#annex-agreements vaadin-checkbox")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
        // The first is the header's "select all".
        for (WebElement tick : ticks.subList(1, 4)) {
            driver.executeScript("arguments[0].click();", tick);
        }
        page.clickId("annex-zip");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("annex-zip-download")));
        assertThat(page.textOf("annex-zip-status")).isEqualTo("Ready: 3 items.");
        assertThat(page.textOf("annex-zip-download")).startsWith("Download dpa-annexes.zip (");
        Chromium.screenshot(driver, "annex-zip-ready");

        byte[] zip = page.download("annex-zip-download");
        int entries = 0;
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(new String(in.readNBytes(5))).isEqualTo("%PDF-");
                entries++;
            }
        }
        assertThat(entries).isEqualTo(3);
    }
}
