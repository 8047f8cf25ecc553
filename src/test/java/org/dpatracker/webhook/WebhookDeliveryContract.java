package org.dpatracker.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.Risk;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.deadline.DeadlineReached;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.Refused;
import org.dpatracker.support.ShiftableClock;
import org.dpatracker.support.TestBreaches;
import org.dpatracker.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end on a real database, to a receiver on 127.0.0.1 that checks every signature as the
 * Standard Webhooks specification says: once per event, retried after the pauses, given up after the sixth
 * attempt, never to an unencrypted address elsewhere. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class WebhookDeliveryContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebhookService webhooks;

    @Autowired
    DeliveryJob job;

    @Autowired
    BreachService breaches;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ShiftableClock clock;

    private final List<Long> subscriptions = new ArrayList<>();
    private WebhookReceiver receiver;

    @BeforeEach
    void startTheReceiver() throws IOException {
        receiver = WebhookReceiver.start(clock);
    }

    @AfterEach
    void removeTheSubscriptions() {
        clock.reset();
        subscriptions.forEach(id -> SystemAccess.run(() -> webhooks.delete(id)));
        receiver.close();
    }

    @Test
    void aRecordedBreachIsDeliveredOnceSignedWithItsIdAndLinkOnly() {
        WebhookSubscription hook = subscribe(WebhookEvent.BREACH_RECORDED);
        WebhookSubscription disabled = subscribe(false, WebhookEvent.BREACH_RECORDED);
        WebhookSubscription otherEvents = subscribe(WebhookEvent.DEADLINE_DUE);

        Breach breach = recordBreach();
        assertThat(job.deliverDue()).isEqualTo(1);
        assertThat(job.deliverDue()).as("a second run").isZero();

        assertThat(receiver.received()).singleElement().satisfies(received -> {
            assertThat(received.verified()).as("signature and timestamp").isTrue();
            assertThat(received.id()).matches("msg_[0-9a-f]{32}");
            JsonNode payload = JSON.readTree(received.body());
            assertThat(payload.get("type").asString()).isEqualTo("breach.recorded");
            assertThat(Instant.parse(payload.get("timestamp").asString())).isNotNull();
            assertThat(payload.get("data").get("breachId").asLong()).isEqualTo(breach.id());
            assertThat(payload.get("data").get("link").asString()).endsWith("/breach/" + breach.id());
            assertThat(received.body()).doesNotContain("Payroll", "recipient", "Salary", "dpo@demo.example");
        });
        assertThat(log(hook)).singleElement().satisfies(delivery -> {
            assertThat(delivery.event()).isEqualTo(WebhookEvent.BREACH_RECORDED);
            assertThat(delivery.state()).isEqualTo(WebhookDelivery.State.DELIVERED);
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.lastStatus()).isEqualTo(204);
        });
        assertThat(log(disabled)).as("a disabled subscription").isEmpty();
        assertThat(log(otherEvents)).as("a subscription to other events").isEmpty();
    }

    @Test
    void aDeadlineAnnouncedOnEveryRunIsQueuedOncePerStage() {
        WebhookSubscription hook = subscribe(WebhookEvent.DEADLINE_DUE, WebhookEvent.DEADLINE_OVERDUE);
        Deadline audit = new Deadline(
                DeadlineKind.AUDIT,
                "audits:4711",
                null,
                LocalDate.of(2026, 12, 9),
                4711L,
                "Vendor With A Name GmbH",
                null,
                null,
                "Jane Doe",
                false);

        events.publishEvent(new DeadlineReached(audit, "7"));
        events.publishEvent(new DeadlineReached(audit, "7"));
        assertThat(log(hook)).singleElement().extracting(WebhookDelivery::event).isEqualTo(WebhookEvent.DEADLINE_DUE);

        events.publishEvent(new DeadlineReached(audit, "OVERDUE"));
        assertThat(job.deliverDue()).isEqualTo(2);
        events.publishEvent(new DeadlineReached(audit, "7"));
        events.publishEvent(new DeadlineReached(audit, "OVERDUE"));
        assertThat(job.deliverDue()).as("announced again").isZero();

        assertThat(receiver.received()).hasSize(2).allMatch(WebhookReceiver.Received::verified);
        JsonNode due = JSON.readTree(receiver.received().getFirst().body());
        assertThat(due.get("type").asString()).isEqualTo("deadline.due");
        assertThat(due.get("data").get("kind").asString()).isEqualTo("AUDIT");
        assertThat(due.get("data").get("agreementId").asLong()).isEqualTo(4711L);
        assertThat(due.get("data").get("due").asString()).isEqualTo("2026-12-09");
        assertThat(due.get("data").get("stage").asString()).isEqualTo("7");
        assertThat(due.get("data").get("link").asString()).endsWith("/agreement/4711");
        JsonNode overdue = JSON.readTree(receiver.received().get(1).body());
        assertThat(overdue.get("type").asString()).isEqualTo("deadline.overdue");
        assertThat(receiver.received())
                .extracting(WebhookReceiver.Received::body)
                .noneMatch(body -> body.contains("Vendor With A Name") || body.contains("Jane Doe"));
    }

    @Test
    void aReceiverAnsweringAnErrorIsTriedAgainAfterEachPauseAndGivenUpAfterTheSixthAttempt() {
        receiver.answer(500);
        WebhookSubscription hook = subscribe(WebhookEvent.BREACH_RECORDED);

        WebhookDelivery first = SystemAccess.call(() -> webhooks.sendTest(hook.id()));
        assertThat(first.state()).isEqualTo(WebhookDelivery.State.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastStatus()).isEqualTo(500);
        assertThat(first.lastError()).contains("HTTP 500", "receiver says no");
        assertThat(job.deliverDue()).as("within the first pause").isZero();
        assertThat(receiver.received()).hasSize(1);

        for (Duration pause : List.of(
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                Duration.ofMinutes(30),
                Duration.ofHours(2),
                Duration.ofHours(12))) {
            clock.shift(pause.plusSeconds(1));
            job.deliverDue();
        }
        assertThat(receiver.received()).hasSize(6).allMatch(WebhookReceiver.Received::verified);
        assertThat(receiver.received())
                .extracting(WebhookReceiver.Received::id)
                .as("the same id on every attempt")
                .containsOnly(first.eventId());
        assertThat(log(hook)).singleElement().satisfies(delivery -> {
            assertThat(delivery.state()).isEqualTo(WebhookDelivery.State.GIVEN_UP);
            assertThat(delivery.attempts()).isEqualTo(6);
            assertThat(delivery.givenUpAt()).isNotNull();
            assertThat(delivery.lastStatus()).isEqualTo(500);
            assertThat(delivery.lastError()).contains("HTTP 500");
        });

        clock.shift(Duration.ofDays(2));
        job.deliverDue();
        assertThat(receiver.received()).as("nothing after giving up").hasSize(6);
    }

    @Test
    void aDeliveryThatFailedIsDeliveredOnTheRetryOnceTheReceiverAnswers() {
        receiver.answer(503);
        WebhookSubscription hook = subscribe(WebhookEvent.BREACH_RECORDED);
        SystemAccess.call(() -> webhooks.sendTest(hook.id()));

        receiver.answer(200);
        clock.shift(Duration.ofSeconds(61));
        assertThat(job.deliverDue()).isEqualTo(1);

        assertThat(log(hook)).singleElement().satisfies(delivery -> {
            assertThat(delivery.state()).isEqualTo(WebhookDelivery.State.DELIVERED);
            assertThat(delivery.attempts()).isEqualTo(2);
            assertThat(delivery.lastStatus()).isEqualTo(200);
            assertThat(delivery.lastError()).isNull();
        });
    }

    @Test
    void aReceiverThatIsNotThereIsLoggedWithTheError() {
        WebhookSubscription hook = subscribe(WebhookEvent.BREACH_RECORDED);
        receiver.close();

        WebhookDelivery attempted = SystemAccess.call(() -> webhooks.sendTest(hook.id()));

        assertThat(attempted.state()).isEqualTo(WebhookDelivery.State.PENDING);
        assertThat(attempted.lastStatus()).isNull();
        assertThat(attempted.lastError()).contains("ConnectException");
    }

    @Test
    void aRotatedSecretSignsTheDeliveriesFromThenOn() {
        WebhookSubscription hook = subscribe(WebhookEvent.BREACH_RECORDED);
        IssuedSecret rotated = SystemAccess.call(() -> webhooks.rotateSecret(hook.id(), hook.version()));
        receiver.trustOnly(rotated.secret());

        SystemAccess.call(() -> webhooks.sendTest(hook.id()));

        assertThat(rotated.secret()).startsWith("whsec_");
        assertThat(rotated.subscription().version()).isEqualTo(hook.version() + 1);
        assertThat(receiver.received()).singleElement().satisfies(received -> {
            assertThat(received.verified()).isTrue();
            assertThat(JSON.readTree(received.body()).get("type").asString()).isEqualTo("webhook.test");
        });
        assertThatThrownBy(() -> SystemAccess.call(() -> webhooks.rotateSecret(hook.id(), hook.version())))
                .as("a stale version")
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aPlainHttpAddressOfAnotherMachineIsRefusedAtItsField() {
        int before = SystemAccess.call(webhooks::findAll).size();

        assertThatThrownBy(() -> SystemAccess.call(() -> webhooks.create(
                        subscription("http://hooks.example.org/dpa", true, Set.of(WebhookEvent.BREACH_RECORDED)))))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("targetUrl"));
        assertThatThrownBy(() -> SystemAccess.call(
                        () -> webhooks.create(subscription("https://hooks.example.org/dpa", true, Set.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("events"));

        assertThat(SystemAccess.call(webhooks::findAll)).hasSize(before);
    }

    @Test
    @WithUserDetails("dpo")
    void aDpoNeitherSeesNorChangesTheWebhooks() {
        assertThatThrownBy(webhooks::findAll).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> webhooks.create(subscription(receiver.url(), true, Set.of(WebhookEvent.BREACH_RECORDED))))
                .isInstanceOf(AccessDeniedException.class);
    }

    WebhookSubscription subscribe(WebhookEvent... events) {
        return subscribe(true, events);
    }

    WebhookSubscription subscribe(boolean enabled, WebhookEvent... events) {
        IssuedSecret issued =
                SystemAccess.call(() -> webhooks.create(subscription(receiver.url(), enabled, Set.of(events))));
        subscriptions.add(issued.subscription().id());
        receiver.trust(issued.secret());
        return issued.subscription();
    }

    List<WebhookDelivery> log(WebhookSubscription subscription) {
        return SystemAccess.call(() -> webhooks.deliveries(subscription.id(), 100));
    }

    private static WebhookSubscription subscription(String url, boolean enabled, Set<WebhookEvent> events) {
        return new WebhookSubscription(null, 0, url, "Ticket system", events, enabled, null);
    }

    private Breach recordBreach() {
        return SystemAccess.call(() -> {
            Agreement agreement =
                    AgreementBuilder.agreement(agreements, organisations).save();
            Instant aware = breaches.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
            return breaches.save(TestBreaches.payrollExport(
                    agreement.id(), aware.minus(Duration.ofHours(1)), null, aware, Risk.RISK));
        });
    }
}
