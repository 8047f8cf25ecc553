package org.dpatracker.webhook;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.Strings;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.reminder.MailSettings;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook subscriptions, kept by administrators: an address, the events it is sent and a signing secret the
 * application makes and hands out only when it makes it (on creating and on rotating). Every change is in the
 * history, without the secret. Also the delivery log and a test event sent at once.
 */
@Service
public class WebhookService {

    static final String ENTITY = "webhook";
    private static final int DESCRIPTION_LENGTH = 500;

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final WebhookQueue queue;
    private final DeliveryJob job;
    private final ChangeRecorder history;
    private final MailSettings links;
    private final Clock clock;

    WebhookService(
            SubscriptionRepository subscriptions,
            DeliveryRepository deliveries,
            WebhookQueue queue,
            DeliveryJob job,
            ChangeRecorder history,
            MailSettings links,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.queue = queue;
        this.job = job;
        this.history = history;
        this.links = links;
        this.clock = clock;
    }

    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    @Transactional(readOnly = true)
    public List<WebhookSubscription> findAll() {
        return subscriptions.findAll();
    }

    /** Adds a subscription with a new signing secret, which the caller must pass on now: it is not shown again. */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    @Transactional
    public IssuedSecret create(WebhookSubscription input) {
        WebhookSubscription checked = checked(input);
        String secret = WebhookSignature.newSecret();
        long id = subscriptions.insert(checked, secret, clock.instant());
        WebhookSubscription saved = subscriptions.find(id).orElseThrow();
        history.inserted(ENTITY, id, state(saved));
        return new IssuedSecret(saved, secret);
    }

    /** Saves changes to the address, description, events or whether it is enabled; the secret stays. */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    @Transactional
    public WebhookSubscription update(WebhookSubscription input) {
        long id = Objects.requireNonNull(input.id(), "a subscription to update has an id");
        WebhookSubscription checked = checked(input);
        WebhookSubscription before = existing(id);
        if (!subscriptions.update(checked)) {
            throw new ConcurrentEditException(ENTITY, id);
        }
        WebhookSubscription after = existing(id);
        history.updated(ENTITY, id, state(before), state(after));
        return after;
    }

    /** Replaces the signing secret; deliveries from now on, also those still pending, are signed with the new one. */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    @Transactional
    public IssuedSecret rotateSecret(long id, int version) {
        WebhookSubscription before = existing(id);
        String secret = WebhookSignature.newSecret();
        if (!subscriptions.replaceSecret(id, version, secret)) {
            throw new ConcurrentEditException(ENTITY, id);
        }
        WebhookSubscription after = existing(id);
        Map<String, Object> rotated = state(after);
        rotated.put("secret", "rotated");
        history.updated(ENTITY, id, state(before), rotated);
        return new IssuedSecret(after, secret);
    }

    /** Removes a subscription with its delivery log; what was still pending is not sent. */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    @Transactional
    public void delete(long id) {
        WebhookSubscription before = existing(id);
        subscriptions.delete(id);
        history.deleted(ENTITY, id, state(before));
    }

    /**
     * Queues a test event for the subscription and attempts it at once (outside a transaction: the receiver
     * may take seconds); returns the delivery as it stands after the attempt.
     */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    public WebhookDelivery sendTest(long id) {
        existing(id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subscriptionId", id);
        data.put("link", links.link("webhooks"));
        String eventId = queue.enqueueTest(id, data);
        WebhookDelivery queued = deliveries.find(id, eventId).orElseThrow();
        job.deliverNow(queued.id());
        return deliveries.find(id, eventId).orElseThrow();
    }

    /** The subscription's latest deliveries, newest first. */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(long subscriptionId, int limit) {
        return deliveries.log(subscriptionId, Math.clamp(limit, 1, 500));
    }

    private WebhookSubscription checked(WebhookSubscription input) {
        String url = Strings.trimmedOrNull(input.targetUrl());
        String description = Strings.trimmedOrNull(input.description());
        new Validation()
                .require(url != null, "targetUrl", "validation.required")
                .require(url == null || TargetAddress.acceptable(url), "targetUrl", "webhook.validation.url")
                .require(
                        description == null || description.length() <= DESCRIPTION_LENGTH,
                        "description",
                        "validation.too-long",
                        DESCRIPTION_LENGTH)
                .require(!input.events().isEmpty(), "events", "webhook.validation.events")
                .require(!input.events().contains(WebhookEvent.TEST), "events", "webhook.validation.events")
                .throwIfInvalid();
        return new WebhookSubscription(
                input.id(), input.version(), url, description, input.events(), input.enabled(), input.createdAt());
    }

    private WebhookSubscription existing(long id) {
        return subscriptions.find(id).orElseThrow(() -> new ConcurrentEditException(ENTITY, id));
    }

    private static Map<String, Object> state(WebhookSubscription s) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("targetUrl", s.targetUrl());
        state.put("description", s.description());
        state.put("events", s.events().stream().map(Enum::name).sorted().toList());
        state.put("enabled", s.enabled());
        state.put("version", s.version());
        return state;
    }
}
