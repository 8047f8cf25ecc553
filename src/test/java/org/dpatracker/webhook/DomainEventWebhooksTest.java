package org.dpatracker.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dpatracker.annex.AnnexService;
import org.dpatracker.annex.AnnexVersion;
import org.dpatracker.notice.ChangeNotice;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.NoticeStatus;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.SubprocessorTerms;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each feature event reaches the subscribers of its webhook event once, in the transaction that raised it:
 * red flags raised and cleared, change notices recorded and decided, annex versions created.
 */
@H2Test
class DomainEventWebhooksTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebhookService webhooks;

    @Autowired
    DeliveryJob job;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ChangeNoticeService notices;

    @Autowired
    AnnexService annexes;

    private final List<Long> subscriptions = new ArrayList<>();
    private WebhookReceiver receiver;

    @BeforeEach
    void startTheReceiver() throws IOException {
        receiver = WebhookReceiver.start(Clock.systemUTC());
    }

    @AfterEach
    void removeTheSubscriptions() {
        subscriptions.forEach(id -> SystemAccess.run(() -> webhooks.delete(id)));
        receiver.close();
    }

    @Test
    void aRedFlagRaisedAndClearedIsDeliveredOnceEach() {
        subscribe(WebhookEvent.RED_FLAG_RAISED, WebhookEvent.RED_FLAG_CLEARED);
        Agreement draft = SystemAccess.call(() -> agreements.save(agreement(AgreementStatus.DRAFT)));
        SystemAccess.call(() -> agreements.save(signed(draft)));
        job.deliverDue();

        List<JsonNode> raised = about(draft.id(), "red_flag.raised");
        assertThat(raised).singleElement().satisfies(payload -> {
            assertThat(flags(payload)).contains("NO_SIGNED_AGREEMENT");
            assertThat(payload.get("data").get("link").asString()).endsWith("/agreement/" + draft.id());
        });
        assertThat(about(draft.id(), "red_flag.cleared"))
                .singleElement()
                .satisfies(payload -> assertThat(flags(payload)).containsExactly("NO_SIGNED_AGREEMENT"));
        assertThat(receiver.received()).allMatch(WebhookReceiver.Received::verified);
    }

    @Test
    void aChangeNoticeRecordedAndDecidedIsDeliveredOnceEach() {
        subscribe(WebhookEvent.NOTICE_RECORDED, WebhookEvent.NOTICE_DECIDED);
        Agreement agreement = SystemAccess.call(() -> agreements.save(agreement(AgreementStatus.SIGNED)));
        ChangeNotice notice = SystemAccess.call(() -> notices.record(notice(agreement)));
        SystemAccess.call(() -> notices.decide(notice.id(), notice.version(), true, null, null, null));
        job.deliverDue();

        assertThat(about(agreement.id(), "notice.recorded"))
                .singleElement()
                .satisfies(payload ->
                        assertThat(payload.get("data").get("noticeId").asLong()).isEqualTo(notice.id()));
        assertThat(about(agreement.id(), "notice.decided")).singleElement().satisfies(payload -> {
            assertThat(payload.get("data").get("noticeId").asLong()).isEqualTo(notice.id());
            assertThat(payload.get("data").get("outcome").asString()).isEqualTo(NoticeStatus.ACCEPTED.name());
        });
        assertThat(receiver.received())
                .extracting(WebhookReceiver.Received::body)
                .noneMatch(body -> body.contains("Proposed service") || body.contains("Notice Vendor"));
    }

    @Test
    void aNewAnnexVersionIsDeliveredOnceAndAnUnchangedOneNotAgain() {
        subscribe(WebhookEvent.ANNEX_VERSION_CREATED);
        Agreement agreement = SystemAccess.call(() -> agreements.save(agreement(AgreementStatus.SIGNED)));
        AnnexVersion annex = SystemAccess.call(() -> annexes.current(agreement.id(), "en"));
        SystemAccess.call(() -> annexes.current(agreement.id(), "en"));
        job.deliverDue();

        assertThat(about(agreement.id(), "annex_version.created"))
                .singleElement()
                .satisfies(payload -> {
                    JsonNode data = payload.get("data");
                    assertThat(data.get("annexId").asLong()).isEqualTo(annex.id());
                    assertThat(data.get("language").asString()).isEqualTo("en");
                    assertThat(data.get("version").asInt()).isEqualTo(1);
                    assertThat(data.get("documentId").asString()).isEqualTo(annex.documentId());
                });
    }

    private void subscribe(WebhookEvent... events) {
        IssuedSecret issued = SystemAccess.call(() -> webhooks.create(
                new WebhookSubscription(null, 0, receiver.url(), "Events", Set.of(events), true, null)));
        subscriptions.add(issued.subscription().id());
        receiver.trust(issued.secret());
    }

    /** The payloads of {@code type} received about the agreement. */
    private List<JsonNode> about(long agreementId, String type) {
        return receiver.received().stream()
                .map(received -> JSON.readTree(received.body()))
                .filter(payload -> payload.get("type").asString().equals(type))
                .filter(payload -> payload.get("data").get("agreementId").asLong() == agreementId)
                .toList();
    }

    private static List<String> flags(JsonNode payload) {
        List<String> flags = new ArrayList<>();
        payload.get("data").get("flags").forEach(flag -> flags.add(flag.asString()));
        return flags;
    }

    private Agreement agreement(AgreementStatus status) {
        long controller = organisations.findAll("Beispiel").getFirst().id();
        Organisation vendor = organisations.save(organisation("Notice Vendor"));
        return Agreement.withProcessor(
                null,
                0,
                controller,
                vendor.id(),
                status,
                null,
                new ProcessingDescription("Helpdesk", null, null, null, null, null, Set.of(), null, null),
                null,
                new SubprocessorTerms(Authorisation.GENERAL, 30, 14),
                false,
                null,
                null,
                List.of(ProcessingLocation.in("DE", null)));
    }

    private static Agreement signed(Agreement a) {
        return a.withStatus(AgreementStatus.SIGNED);
    }

    private ChangeNotice notice(Agreement agreement) {
        return new ChangeNotice(
                null,
                0,
                agreement.id(),
                TODAY,
                TODAY.plusDays(30),
                organisations.save(organisation("Proposed")).id(),
                null,
                null,
                "Proposed service",
                null,
                "Notice letter",
                List.of(ProcessingLocation.in("DE", null)),
                NoticeStatus.OPEN,
                null,
                null);
    }

    private static Organisation organisation(String name) {
        return Organisation.withoutSubdivision(
                null,
                name + " " + System.nanoTime(),
                null,
                null,
                null,
                null,
                "DE",
                null,
                null,
                null,
                false,
                0,
                List.of());
    }
}
