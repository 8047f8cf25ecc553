package org.dpatracker.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns an event into one delivery for each enabled subscription that chose it, in the caller's transaction
 * where there is one. An event id queued before for a subscription is not queued again.
 */
@Component
class WebhookQueue {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final Clock clock;

    WebhookQueue(SubscriptionRepository subscriptions, DeliveryRepository deliveries, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Queues the event for its subscribers; returns for how many it was new. */
    int enqueue(WebhookEvent event, String eventId, Map<String, ?> data) {
        List<Long> subscribers = subscriptions.enabledFor(event);
        if (subscribers.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        String payload = WebhookPayload.json(event, now, data);
        int queued = 0;
        for (long subscription : subscribers) {
            if (deliveries.insertIfAbsent(subscription, eventId, event, payload, now)) {
                queued++;
            }
        }
        return queued;
    }

    /** Queues a test event for one subscription, whatever it chose; returns the event id. */
    String enqueueTest(long subscription, Map<String, ?> data) {
        Instant now = clock.instant();
        String eventId = WebhookPayload.newEventId();
        deliveries.insertIfAbsent(
                subscription, eventId, WebhookEvent.TEST, WebhookPayload.json(WebhookEvent.TEST, now, data), now);
        return eventId;
    }
}
