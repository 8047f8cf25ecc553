package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The breach register in a real headless Chromium (browser time zone UTC): the countdown and the late-notice rule. */
class BreachEndToEndIT extends BrowserTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ShiftableClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void theDpoRecordsAReportedBreachSeesTheCountdownAndMustGiveReasonsForALateNotification() {
        String vendor = "Ticketing Vendor " + System.nanoTime() % 100000;
        SystemAccess.run(() -> AgreementBuilder.agreement(agreements, organisations)
                .vendor(vendor, "DE")
                .subjectMatter("Ticket system")
                .save());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);

        page.logInAs("dpo", "dpo-demo-2026");
        page.open("breaches");
        page.click("Record breach");
        page.choose("breach-agreement", vendor + " – Ticket system");
        page.type("breach-nature", "Support tickets with customer e-mail addresses readable by another customer");
        page.typeDateTime("breach-detected", now.minusHours(3));
        page.typeDateTime("breach-processor-notified", now.minusHours(2));
        page.typeDateTime("breach-aware", now.minusHours(2));
        page.clickId("breach-save");
        page.waitForText("Breach saved.");
        page.waitForText("left to notify the authority");
        assertThat(page.textOf("breach-clock")).containsPattern("(69|70) h \\d+ min left to notify the authority");
        Chromium.screenshot(driver, "breach-countdown");
        String breachUrl = driver.getCurrentUrl();

        page.open("deadlines");
        page.waitForText("Notify the supervisory authority (72 h)");
        assertThat(page.textOf("deadlines-grid")).contains("Support tickets with customer e-mail addresses", vendor);
        Chromium.screenshot(driver, "deadlines");

        clock.shift(Duration.ofDays(3));
        driver.get(breachUrl);
        page.waitForText("72 hours passed");
        page.click("Edit breach");
        page.typeDateTime("breach-authority-notified", now.plusDays(3).minusMinutes(10));
        page.type("breach-authority", "Landesbeauftragte für Datenschutz Niedersachsen");
        page.clickId("breach-save");
        page.waitForText("give the reasons for the delay (Art. 33(1) GDPR)");
        Chromium.screenshot(driver, "breach-late-refused");
        page.type("breach-delay-reasons", "The ticket export had to be analysed before the extent was known");
        page.clickId("breach-save");
        page.waitForText("Breach saved.");
        assertThat(page.textOf("breach-clock")).contains("Notified late");
        assertThat(page.bodyText())
                .contains(
                        "Authority notified later than 72 hours",
                        "The ticket export had to be analysed before the extent was known");
    }
}
