package org.dpatracker.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpatracker.core.JobLock;
import org.dpatracker.core.RetryPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Attempts the deliveries that are due, one node at a time (a database lock): a 2xx answer delivers one, any
 * other answer or none counts as a failed attempt, tried again after the pause of the {@link RetryPlan}. A
 * delivery is marked after the receiver answered, so a crash in between sends it once more at most; the
 * receiver tells repeats by the {@code webhook-id}.
 */
@Component
class DeliveryJob {

    static final String LOCK = "webhook-delivery";
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);
    private static final int BATCH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryJob.class);

    private final DeliveryRepository deliveries;
    private final WebhookSender sender;
    private final JobLock lock;
    private final Clock clock;

    DeliveryJob(DeliveryRepository deliveries, WebhookSender sender, JobLock lock, Clock clock) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.lock = lock;
        this.clock = clock;
    }

    /** Attempts what is due, unless another node is doing so; returns how many were delivered. */
    int deliverDue() {
        AtomicInteger delivered = new AtomicInteger();
        lock.runExclusively(
                LOCK,
                LOCK_AT_MOST,
                () -> deliveries.due(clock.instant(), BATCH).forEach(due -> {
                    if (attempt(due)) {
                        delivered.incrementAndGet();
                    }
                }));
        return delivered.get();
    }

    /** Attempts one pending delivery at once (a test event), unless the job is running elsewhere and takes it. */
    void deliverNow(long deliveryId) {
        lock.runExclusively(
                LOCK, LOCK_AT_MOST, () -> deliveries.pendingById(deliveryId).ifPresent(this::attempt));
    }

    private boolean attempt(DueDelivery due) {
        WebhookSender.Outcome outcome = sender.send(due, clock.instant());
        if (outcome.delivered()) {
            deliveries.delivered(due.id(), outcome.status(), clock.instant());
            return true;
        }
        int attempts = due.attempts() + 1;
        LOG.warn("Webhook delivery {} failed (attempt {}): {}", due.id(), attempts, outcome.error());
        deliveries.failed(
                due.id(),
                outcome.status(),
                String.valueOf(outcome.error()),
                RetryPlan.next(attempts, clock.instant()),
                clock.instant());
        return false;
    }
}
