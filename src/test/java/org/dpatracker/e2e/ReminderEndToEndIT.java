package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.Mails;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A DPO records a breach in Chromium; the reminder run that follows mails the 72-hour clock through SMTP,
 * the mail's link opens the breach, and the bell counts it.
 */
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3226",
            "dpa.reminders.scheduled=true",
            "dpa.reminders.initial-delay=PT1H",
            "dpa.reminders.max-single-mails=10",
            "dpa.base-url=http://dpa.example.org"
        })
class ReminderEndToEndIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(3226, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final Pattern BREACH_LINK = Pattern.compile("http://dpa\\.example\\.org/(breach/\\d+)");

    @Autowired
    UserService users;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Test
    void aRecordedBreachReachesTheDpoByMailWhoseLinkOpensItAndTheBellCountsIt() {
        String username = "dpo" + UUID.randomUUID().toString().substring(0, 6);
        String email = username + "@example.org";
        SystemAccess.run(() -> users.create(new UserDraft(
                null, null, username, "Dora Mail", email, "a-long-test-password", true, Set.of(Role.DPO))));
        String vendor = "Mail Vendor " + System.nanoTime() % 100000;
        SystemAccess.run(() -> AgreementBuilder.agreement(agreements, organisations)
                .vendor(vendor, "DE")
                .subjectMatter("Newsletter")
                .save());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);

        page.logInAs(username, "a-long-test-password");
        page.open("breaches");
        page.click("Record breach");
        page.choose("breach-agreement", vendor + " – Newsletter");
        page.type("breach-nature", "Newsletter list sent in clear to all recipients");
        page.typeDateTime("breach-detected", now.minusHours(1));
        page.typeDateTime("breach-processor-notified", now.minusHours(1));
        page.typeDateTime("breach-aware", now.minusHours(1));
        page.clickId("breach-save");
        page.waitForText("Breach saved.");
        String breachPath = driver.getCurrentUrl().replaceFirst("^https?://[^/]+/", "");

        Mails mail = new WebDriverWait(driver, Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(500))
                .until(unused -> mailTo(email, breachPath).orElse(null));
        assertThat(mail.subject()).startsWith("Notify the supervisory authority (72 h): due");
        assertThat(mail.text()).doesNotContain("Newsletter list sent in clear");
        Matcher link = BREACH_LINK.matcher(mail.text());
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo(breachPath);

        page.open("");
        page.waitForText("Your next 7 days");
        driver.navigate().refresh();
        page.waitForText("Your next 7 days");
        assertThat(driver.findElement(By.id("inbox-unread")).getText())
                .isNotBlank()
                .isNotEqualTo("0");
        page.clickId("inbox-bell-button");
        page.waitForText("Mark all read");
        page.waitForText("Newsletter list sent in clear to all recipients");
        Chromium.screenshot(driver, "inbox-bell");
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            page.open("");
            page.waitForText("Your next 7 days");
            page.clickId("inbox-bell-button");
            page.waitForText("Mark all read");
            Chromium.screenshot(driver, "inbox-bell-phone");
            page.open("preferences");
            page.waitForText("Remind me this many days ahead");
            Chromium.screenshot(driver, "reminder-preferences-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        page.open("preferences");
        page.waitForText("Calendar feed");
        Chromium.screenshot(driver, "reminder-preferences");

        page.open(link.group(1));
        page.waitForText("Newsletter list sent in clear to all recipients");
        assertThat(driver.getCurrentUrl()).endsWith(breachPath);
    }

    @Test
    void theAdministratorSeesWhetherMailGoesOutAndTheWebhooks() {
        page.logInAs("admin", "admin-demo-2026");
        page.open("mail-health");
        page.waitForText("Mail is on.");
        page.click("Run the reminders now");
        page.waitForText("Last run");
        Chromium.screenshot(driver, "mail-health");
        page.open("webhooks");
        page.waitForText("Send test event");
        Chromium.screenshot(driver, "webhooks");
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            page.open("mail-health");
            page.waitForText("Waiting in the outbox");
            Chromium.screenshot(driver, "mail-health-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static Optional<Mails> mailTo(String email, String breachPath) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .map(Mails::of)
                .filter(mail -> mail.recipient().equals(email))
                .filter(mail -> mail.text().contains("/" + breachPath))
                .findFirst();
    }
}
