package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dpatracker.clause.ClauseCheckService;
import org.dpatracker.clause.ClauseTarget;
import org.dpatracker.clause.Corpus;
import org.dpatracker.clause.StoredFinding;
import org.dpatracker.core.Sha256;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real headless Chromium the DPO uploads the Ubimax DPA, accepts findings and sees them in the checklist with their pages; the auditor downloads the file. */
class ClauseCheckEndToEndIT extends BrowserTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DocumentService documents;

    @Autowired
    ClauseCheckService clauses;

    @Test
    void theDpoUploadsTheUbimaxDpaAcceptsFindingsAndTheChecklistShowsTheirPages() throws Exception {
        long agreement = SystemAccess.call(() -> AgreementBuilder.agreement(agreements, organisations)
                        .vendor("Ubimax Test GmbH", "DE")
                        .save())
                .id();
        Path file = Files.createTempDirectory("upload").resolve("ubimax-dpa.pdf");
        byte[] pdf = Corpus.pdf("ubimax-dpa.txt");
        Files.write(file, pdf);

        page.logInAs("dpo", "dpo-demo-2026");
        page.open("agreement/" + agreement);
        page.clickId("document-upload");
        page.chooseFile("document-file", file);
        page.waitForText("Ready: ubimax-dpa.pdf");
        page.choose("document-kind", "Signed DPA");
        page.type("document-title", "Ubimax DPA");
        page.clickId("document-save");
        page.waitForText("Document “Ubimax DPA” uploaded.");
        Document dpa = SystemAccess.call(() -> documents.ofOwner(DocumentOwner.agreement(agreement)))
                .getFirst();

        long checkStarted = System.nanoTime();
        page.clickId("clause-check-" + dpa.id());
        page.waitForText("Art. 28(3) points found: 8 of 8");
        System.out.printf(
                "Clause check of the Ubimax DPA in the browser: %d ms from the click to the findings%n",
                (System.nanoTime() - checkStarted) / 1_000_000);
        StoredFinding instructions = finding(dpa, ClauseTarget.INSTRUCTIONS);
        StoredFinding deletion = finding(dpa, ClauseTarget.DELETION_OR_RETURN);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.executeScript("document.querySelector('.clause-review-view').scrollIntoView();");
        Thread.sleep(500);
        Chromium.screenshot(driver, "clause-review-laptop");
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.executeScript("document.querySelector('.clause-review-view').scrollIntoView();");
        Thread.sleep(500);
        Chromium.screenshot(driver, "clause-review-phone");
        driver.manage().window().setSize(new Dimension(1366, 768));

        page.clickId("clause-accept-" + instructions.id());
        page.waitForText("Finding accepted and filled in.");
        page.clickId("clause-accept-" + deletion.id());
        page.waitForText("Accepted by dpo: the checklist point is marked present, with this quote and its page.");

        page.open("agreement/" + agreement);
        page.waitForText("Art. 28(3) GDPR checklist");
        Object entered = driver.executeScript("return Array.from(document.getElementById('contract-checklist')"
                + ".querySelectorAll('vaadin-text-field, vaadin-text-area')).map(f => f.value).join('\\n');");
        assertThat(String.valueOf(entered))
                .as("the clause and quote fields of the points, edited in place")
                .contains("Ubimax DPA, p. 3 (document " + dpa.id() + ", v1)")
                .contains("Ubimax DPA, p. 5 (document " + dpa.id() + ", v1)")
                .contains("The Licensor shall only process data in accordance with the instructions");
        driver.executeScript("arguments[0].scrollIntoView();", driver.findElement(By.id("contract-checklist")));
        Chromium.screenshot(driver, "clause-checklist-laptop");
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.executeScript("arguments[0].scrollIntoView();", driver.findElement(By.id("contract-checklist")));
        Thread.sleep(500);
        Chromium.screenshot(driver, "clause-checklist-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));

        page.logInAs("auditor", "auditor-demo-2026");
        page.open("agreement/" + agreement);
        page.waitForText("Ubimax DPA");
        byte[] downloaded = page.download("document-download-" + dpa.id());
        assertThat(Sha256.hex(downloaded))
                .as("the auditor's download is the uploaded file, as its recorded hash says")
                .isEqualTo(dpa.sha256())
                .isEqualTo(Sha256.hex(pdf));
    }

    private StoredFinding finding(Document dpa, ClauseTarget target) {
        return SystemAccess.call(() -> clauses.findings(dpa.id())).stream()
                .filter(f -> f.target() == target)
                .findFirst()
                .orElseThrow();
    }
}
