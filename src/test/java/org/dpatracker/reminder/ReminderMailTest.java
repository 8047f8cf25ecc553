package org.dpatracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.Risk;
import org.dpatracker.core.RetryPlan;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.Mails;
import org.dpatracker.support.ShiftableClock;
import org.dpatracker.support.TestBreaches;
import org.dpatracker.support.TestMailSender;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders by mail through a real SMTP server in the test: once per deadline, user and lead time. */
@H2Test
class ReminderMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    ReminderJob job;

    @Autowired
    ReminderRepository reminders;

    @Autowired
    UserService users;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    BreachService breaches;

    @Autowired
    MailOutboxRepository outbox;

    @Autowired
    ShiftableClock clock;

    @Autowired
    TestMailSender sender;

    @AfterEach
    void resetClockAndServer() {
        clock.reset();
        sender.reset();
    }

    @Test
    void aNewBreachRemindsTheDpoOnceByMailAndInTheInboxWithoutTheBreachesDescription() throws Exception {
        UserAccount dpo = user(Role.DPO);
        UserAccount manager = user(Role.MANAGER);
        Breach breach = recordBreach();

        job.run();
        job.run();

        List<Mails> mails = mailsAbout(dpo, "/breach/" + breach.id());
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("Notify the supervisory authority (72 h)");
            assertThat(mail.text()).contains("Breach no. " + breach.id()).doesNotContain("Payroll export");
            assertThat(mail.html()).contains("href=\"http://localhost:8080/breach/" + breach.id() + "\"");
        });
        assertThat(mailsAbout(manager, "/breach/" + breach.id()))
                .as("not a manager's duty")
                .isEmpty();
        assertThat(reminders.inbox(dpo.id(), 500))
                .filteredOn(item -> item.path().equals("breach/" + breach.id()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(DeadlineKind.BREACH_AUTHORITY);
                    assertThat(item.unread()).isTrue();
                });
    }

    @Test
    void aReviewSevenDaysOutIsRemindedOncePerLeadTimeAndOnceOverdue() throws Exception {
        UserAccount dpo = user(Role.DPO);
        UserAccount auditor = user(Role.AUDITOR);
        Agreement agreement = agreementReviewedIn(7);
        String page = "/agreement/" + agreement.id();

        job.run();
        job.run();
        assertThat(mailsAbout(dpo, page))
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).startsWith("Review of the agreement"));

        clock.shift(Duration.ofDays(6));
        job.run();
        job.run();
        assertThat(mailsAbout(dpo, page)).as("the one-day reminder").hasSize(2);

        clock.shift(Duration.ofDays(2));
        job.run();
        job.run();
        List<Mails> mails = mailsAbout(dpo, page);
        assertThat(mails).hasSize(3);
        assertThat(mails.getLast().subject()).startsWith("Overdue: Review of the agreement");
        assertThat(mailsAbout(auditor, page)).as("not an auditor's duty").isEmpty();
    }

    @Test
    void aGermanSpeakingUserGetsTheReminderInGerman() throws Exception {
        UserAccount dpo = user(Role.DPO);
        reminders.update(preferences(dpo, Locale.GERMAN, Digest.OFF, List.of(7), Set.of()));
        Agreement agreement = agreementReviewedIn(7);

        job.run();

        assertThat(mailsAbout(dpo, "/agreement/" + agreement.id()))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).startsWith("Überprüfung des Vertrags");
                    assertThat(mail.text()).startsWith("Hallo ");
                });
    }

    @Test
    void anOptedOutKindIsNeitherMailedNorInTheInbox() throws Exception {
        UserAccount dpo = user(Role.DPO);
        reminders.update(preferences(
                dpo, null, Digest.OFF, ReminderPreferences.DEFAULT_LEAD_DAYS, Set.of(DeadlineKind.AGREEMENT_REVIEW)));
        Agreement agreement = agreementReviewedIn(7);

        job.run();

        assertThat(mailsAbout(dpo, "/agreement/" + agreement.id())).isEmpty();
        assertThat(reminders.inbox(dpo.id(), 1000)).noneMatch(item -> item.kind() == DeadlineKind.AGREEMENT_REVIEW);
    }

    @Test
    void aDigestUserGetsTheWeekInOneMailButABreachAtOnce() throws Exception {
        moveOutOfMondayMorning();
        UserAccount dpo = user(Role.DPO);
        reminders.update(preferences(dpo, null, Digest.WEEKLY, ReminderPreferences.DEFAULT_LEAD_DAYS, Set.of()));
        Agreement agreement = agreementReviewedIn(5);
        Breach breach = recordBreach();

        job.run();
        job.run();

        assertThat(mailsAbout(dpo, "/breach/" + breach.id()))
                .as("the 72-hour clock does not wait")
                .hasSize(2)
                .anySatisfy(mail -> assertThat(mail.subject()).startsWith("Notify the supervisory authority"))
                .anySatisfy(mail -> assertThat(mail.subject()).startsWith("Your deadlines"));
        List<Mails> aboutTheAgreement = mailsAbout(dpo, "/agreement/" + agreement.id());
        assertThat(aboutTheAgreement).singleElement().satisfies(digest -> {
            assertThat(digest.subject()).startsWith("Your deadlines");
            assertThat(digest.text()).contains("Review of the agreement", "/breach/" + breach.id());
        });
        assertThat(reminders.inbox(dpo.id(), 1000))
                .as("the inbox has each reminder all the same")
                .anyMatch(item -> item.path().equals("agreement/" + agreement.id()));
    }

    @Test
    void aCrashAfterTheServerAcceptedAMailSendsItOnceMoreAtMost() throws Exception {
        UserAccount dpo = user(Role.DPO);
        Agreement agreement = agreementReviewedIn(7);
        String page = "/agreement/" + agreement.id();

        sender.crashAfterSendingTo(dpo.email());
        job.run();
        sender.crashAfterSendingTo(null);
        assertThat(mailsAbout(dpo, page))
                .as("accepted by the server, not marked delivered")
                .hasSize(1);

        clock.shift(Duration.ofMinutes(2));
        job.run();
        clock.shift(Duration.ofMinutes(10));
        job.run();

        assertThat(mailsAbout(dpo, page)).as("one duplicate at most").hasSize(2);
    }

    @Test
    void aMailTheServerRefusesIsRetriedWithPausesAndThenGivenUp() throws Exception {
        UserAccount dpo = user(Role.DPO);
        Agreement agreement = agreementReviewedIn(7);
        String page = "/agreement/" + agreement.id();
        int givenUpBefore = outboxGivenUp();

        sender.refuseAll(true);
        job.run();
        for (int attempt = 1; attempt < RetryPlan.MAX_ATTEMPTS; attempt++) {
            clock.shift(Duration.ofHours(13));
            job.run();
        }
        sender.refuseAll(false);
        clock.shift(Duration.ofHours(13));
        job.run();

        assertThat(mailsAbout(dpo, page)).as("given up, not delivered late").isEmpty();
        assertThat(outboxGivenUp()).isGreaterThan(givenUpBefore);
    }

    private int outboxGivenUp() {
        return outbox.health().givenUp();
    }

    private void moveOutOfMondayMorning() {
        Instant now = clock.instant();
        if (now.atZone(ReminderPreferences.DEFAULT_ZONE).getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
            clock.shift(Duration.ofDays(1));
        }
    }

    private Agreement agreementReviewedIn(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return SystemAccess.call(
                AgreementBuilder.agreement(agreements, organisations).nextReview(today.plusDays(days))::save);
    }

    private Breach recordBreach() {
        Agreement agreement = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)::save);
        Instant now = clock.instant();
        return SystemAccess.call(() ->
                breaches.save(TestBreaches.payrollExport(agreement.id(), now.minusSeconds(3600), now, now, Risk.RISK)));
    }

    /**
     * A new user of that role who follows only the kinds these tests are about (the register holds the
     * deadlines of every other test too).
     */
    private UserAccount user(Role role) {
        String name = role.name().toLowerCase(Locale.ROOT)
                + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = SystemAccess.call(() -> users.create(new UserDraft(
                null, null, name, "Test " + role, name + "@example.org", "a-long-test-password", true, Set.of(role))));
        ReminderPreferences chosen =
                preferences(account, null, Digest.OFF, ReminderPreferences.DEFAULT_LEAD_DAYS, Set.of());
        reminders.insert(new ReminderPreferences(
                chosen.userId(),
                chosen.mailLanguage(),
                chosen.timeZone(),
                chosen.digest(),
                chosen.leadDays(),
                chosen.optedOut(),
                -1));
        return account;
    }

    /** Saved preferences (version 0) following the tests' kinds, minus {@code alsoOptedOut}. */
    private static ReminderPreferences preferences(
            UserAccount user, Locale language, Digest digest, List<Integer> leadDays, Set<DeadlineKind> alsoOptedOut) {
        Set<DeadlineKind> optedOut = EnumSet.complementOf(
                EnumSet.of(DeadlineKind.AGREEMENT_REVIEW, DeadlineKind.BREACH_AUTHORITY, DeadlineKind.BREACH_SUBJECTS));
        optedOut.addAll(alsoOptedOut);
        return new ReminderPreferences(
                user.id(), language, ReminderPreferences.DEFAULT_ZONE, digest, leadDays, optedOut, 0);
    }

    private static List<Mails> mailsAbout(UserAccount user, String page) {
        Pattern link = Pattern.compile(Pattern.quote(page) + "(?!\\d)");
        return Arrays.stream(SMTP.getReceivedMessages())
                .map(Mails::of)
                .filter(mail -> mail.recipient().equals(user.email()))
                .filter(mail -> link.matcher(mail.text()).find())
                .toList();
    }
}
