package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dpatracker.audit.AuditService;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Audits in a real headless Chromium: the auditor records a finding, the DPO sees its action become overdue. */
class AuditEndToEndIT extends BrowserTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditService audits;

    @Autowired
    ShiftableClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void theAuditorRecordsAFindingAndTheDpoSeesItsActionBecomeOverdue() {
        String vendor = "Audited Hosting " + System.nanoTime() % 100000;
        Agreement agreement = SystemAccess.call(() -> agreements.save(Agreement.withProcessor(
                null,
                0,
                organisations.findAll("Beispiel").getFirst().id(),
                organisations
                        .save(Organisation.withoutSubdivision(
                                null, vendor, null, null, null, null, "DE", null, null, null, false, 0, List.of()))
                        .id(),
                AgreementStatus.SIGNED,
                null,
                new ProcessingDescription(
                        "Hosting of the customer portal", null, null, null, null, null, Set.of(), null, null),
                null,
                null,
                false,
                null,
                null,
                List.of(ProcessingLocation.in("DE", "Frankfurt")))));
        LocalDate today = audits.today();

        page.logInAs("auditor", "auditor-demo-2026");
        page.open("agreement/" + agreement.id());
        page.waitForText("Audit rights and audits");
        assertThat(page.bodyText()).doesNotContain("Start a TOM checklist", "Edit audit rights");
        page.click("Record audit");
        page.typeDate("audit-performed", today);
        page.type("audit-scope", "Backup and restore of the customer portal");
        page.clickId("audit-save");
        page.waitForText("Audit saved.");
        page.click("Add finding");
        page.type("finding-description", "Restoring a backup has never been tested");
        page.clickId("finding-save");
        page.waitForText("Finding recorded.");
        page.click("Add action");
        page.type("action-description", "Test a full restore and document it");
        page.type("action-owner", "Hosting team lead");
        page.typeDate("action-due", today.plusDays(1));
        page.clickId("action-save");
        page.waitForText("Action saved.");
        assertThat(page.textOf("audits"))
                .contains(
                        "Restoring a backup has never been tested",
                        "Test a full restore and document it – Hosting team lead",
                        "Open");
        Chromium.screenshot(driver, "audit-recorded-by-auditor");

        clock.shift(Duration.ofDays(2));
        page.logInAs("dpo", "dpo-demo-2026");
        page.open("agreement/" + agreement.id());
        page.waitForText("Overdue since");
        Chromium.screenshot(driver, "audit-action-overdue");
        page.open("audits");
        page.waitForText("Open remediation actions");
        assertThat(page.textOf("open-actions"))
                .contains(vendor, "Test a full restore and document it", "Overdue since");
        assertThat(page.textOf("audit-overview")).contains(vendor, "1 action overdue");
        Chromium.screenshot(driver, "audits-list");
    }
}
