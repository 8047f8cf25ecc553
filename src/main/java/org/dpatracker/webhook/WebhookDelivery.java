package org.dpatracker.webhook;

import java.time.Instant;

/** One event for one subscription as the delivery log shows it: how often it was tried and how that went. */
public record WebhookDelivery(
        long id,
        long subscriptionId,
        String eventId,
        WebhookEvent event,
        Instant createdAt,
        int attempts,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant givenUpAt,
        Integer lastStatus,
        String lastError) {

    /** Where a delivery stands. */
    public enum State {
        PENDING,
        DELIVERED,
        GIVEN_UP
    }

    public State state() {
        if (deliveredAt != null) {
            return State.DELIVERED;
        }
        return givenUpAt != null ? State.GIVEN_UP : State.PENDING;
    }
}
