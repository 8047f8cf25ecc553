package org.dpatracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.dpatracker.DpaTrackerApplication;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.Risk;
import org.dpatracker.core.JobLock;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.EmbeddedPostgres;
import org.dpatracker.support.Mails;
import org.dpatracker.support.TestBreaches;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL database, as behind a load balancer: the reminders run at the same
 * moment and again one after the other, and every reminder is mailed once; each scheduled job runs on one node
 * at a time; failed logins count on both nodes together.
 */
class TwoNodesPostgresIT {

    private static final ServerSetup SMTP_SETUP = new ServerSetup(3126, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(SMTP_SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    /** A thread per node: the common pool has a single thread on a machine with two processors. */
    private static final ExecutorService BOTH_AT_ONCE = Executors.newFixedThreadPool(2);

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        first = node();
        second = node();
    }

    @AfterAll
    static void stopThem() {
        second.close();
        first.close();
        BOTH_AT_ONCE.shutdown();
    }

    @Test
    void twoNodesRunningTheRemindersAtOnceMailEachReminderOnce() throws Exception {
        UserAccount dpo = SystemAccess.call(() -> first.getBean(UserService.class)
                .create(new UserDraft(
                        null,
                        null,
                        "dpo" + UUID.randomUUID().toString().substring(0, 8),
                        "Node Test",
                        "node-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                        "a-long-test-password",
                        true,
                        Set.of(Role.DPO))));
        Breach breach = recordBreach(first);
        List<Agreement> reviewed = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            reviewed.add(agreementReviewedIn(first, 3));
        }

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ReminderRun>> runs = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(first, second)) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return node.getBean(ReminderJob.class).run();
            }));
        }
        start.countDown();
        List<ReminderRun> done = runs.stream().map(CompletableFuture::join).toList();
        second.getBean(ReminderJob.class).run();
        first.getBean(ReminderJob.class).run();

        assertThat(done).as("both ran or one found the lock held").hasSize(2);
        List<Mails> toDpo = Arrays.stream(SMTP.getReceivedMessages())
                .map(Mails::of)
                .filter(mail -> mail.recipient().equals(dpo.email()))
                .toList();
        assertThat(toDpo).as("the new DPO's reminders").isNotEmpty();
        Map<Mails, Long> perMail = toDpo.stream().collect(Collectors.groupingBy(mail -> mail, Collectors.counting()));
        assertThat(perMail.values()).as("each reminder once").allMatch(count -> count == 1);
        assertThat(perMail.keySet())
                .anyMatch(mail -> mail.subject().startsWith("Notify the supervisory authority (72 h)")
                        && mail.text().contains("/breach/" + breach.id()));
        assertThat(perMail.keySet())
                .as("the first run's many reminders in one mail")
                .anySatisfy(mail -> {
                    assertThat(mail.subject()).endsWith("reminders of your deadlines");
                    reviewed.forEach(agreement -> assertThat(mail.text()).contains("/agreement/" + agreement.id()));
                });
    }

    @Test
    void eachScheduledJobRunsOnOneNodeAtATime() {
        for (String job :
                List.of("reminders", "mail-delivery", "webhook-delivery", "red-flag-refresh", "notice-settlement")) {
            AtomicInteger ran = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Boolean>> attempts = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(first, second)) {
                attempts.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(start);
                            return node.getBean(JobLock.class).runExclusively(job, Duration.ofMinutes(1), () -> {
                                ran.incrementAndGet();
                                pause(Duration.ofMillis(1500));
                            });
                        },
                        BOTH_AT_ONCE));
            }
            start.countDown();
            List<Boolean> outcomes =
                    attempts.stream().map(CompletableFuture::join).toList();

            assertThat(ran).as(job + " ran once").hasValue(1);
            assertThat(outcomes)
                    .as(job + ": one node ran it, the other skipped")
                    .containsExactlyInAnyOrder(true, false);
            assertThat(second.getBean(JobLock.class).runExclusively(job, Duration.ofMinutes(1), ran::incrementAndGet))
                    .as(job + " runs again once the first run ended")
                    .isTrue();
        }
    }

    @Test
    void failedLoginsOnBothNodesLockTheNameOnBoth() throws Exception {
        String username = "nodes" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a-long-test-password";
        SystemAccess.run(() -> first.getBean(UserService.class)
                .create(new UserDraft(
                        null,
                        null,
                        username,
                        "Node Login",
                        username + "@example.org",
                        password,
                        true,
                        Set.of(Role.DPO))));
        assertThat(apiStatus(first, username, password))
                .as("the right password works")
                .isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(apiStatus(i % 2 == 0 ? first : second, username, "wrong-" + i))
                    .isEqualTo(401);
        }

        assertThat(apiStatus(first, username, password))
                .as("locked on the first node")
                .isEqualTo(401);
        assertThat(apiStatus(second, username, password))
                .as("locked on the second node")
                .isEqualTo(401);
    }

    @Test
    void eachNodeAnswersTheLoadBalancersProbesWithoutLogin() throws Exception {
        for (ConfigurableApplicationContext node : List.of(first, second)) {
            for (String probe : List.of("liveness", "readiness")) {
                String port = node.getEnvironment().getProperty("local.server.port");
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/actuator/health/" + probe))
                        .build();
                try (HttpClient client = HttpClient.newHttpClient()) {
                    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                    assertThat(answer.statusCode()).as(probe).isEqualTo(200);
                    assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
                }
            }
        }
    }

    private static int apiStatus(ConfigurableApplicationContext node, String username, String password)
            throws Exception {
        String port = node.getEnvironment().getProperty("local.server.port");
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/agreements?limit=1"))
                .header("Authorization", "Basic " + credentials)
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(DpaTrackerApplication.class)
                .profiles("test", "demo")
                .initializers(new EmbeddedPostgres())
                .run(
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + SMTP_SETUP.getPort(),
                        "--dpa.reminders.scheduled=false",
                        "--dpa.reminders.max-single-mails=10",
                        "--server.port=0");
    }

    private static Agreement agreementReviewedIn(ConfigurableApplicationContext node, int days) {
        AgreementService agreements = node.getBean(AgreementService.class);
        OrganisationService organisations = node.getBean(OrganisationService.class);
        LocalDate day = LocalDate.ofInstant(node.getBean(BreachService.class).now(), ZoneOffset.UTC)
                .plusDays(days);
        return SystemAccess.call(
                AgreementBuilder.agreement(agreements, organisations).nextReview(day)::save);
    }

    private static Breach recordBreach(ConfigurableApplicationContext node) {
        AgreementService agreements = node.getBean(AgreementService.class);
        OrganisationService organisations = node.getBean(OrganisationService.class);
        BreachService breaches = node.getBean(BreachService.class);
        Agreement agreement = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)::save);
        Instant now = breaches.now();
        return SystemAccess.call(() -> breaches.save(
                TestBreaches.payrollExport(agreement.id(), now.minusSeconds(60), now, now, Risk.HIGH_RISK)));
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
