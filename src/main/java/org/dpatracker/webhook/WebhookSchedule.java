package org.dpatracker.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Attempts the due webhook deliveries every half minute ({@code dpa.webhooks.interval}). */
@Component
@ConditionalOnProperty(name = "dpa.webhooks.scheduled", havingValue = "true", matchIfMissing = true)
class WebhookSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSchedule.class);

    private final DeliveryJob job;

    WebhookSchedule(DeliveryJob job) {
        this.job = job;
    }

    @Scheduled(
            fixedDelayString = "${dpa.webhooks.interval:PT30S}",
            initialDelayString = "${dpa.webhooks.initial-delay:PT30S}")
    void everyHalfMinute() {
        try {
            int delivered = job.deliverDue();
            if (delivered > 0) {
                LOG.info("Webhooks: {} delivered", delivered);
            }
        } catch (RuntimeException failure) {
            LOG.error("The webhook delivery run failed; the next run tries again", failure);
        }
    }
}
