package org.dpatracker.webhook;

import java.time.Instant;
import java.util.Set;

/**
 * An address that is sent the chosen events, signed with a secret of its own (which is not part of this
 * record: it is shown once, when it is made). {@code id} is null until it is saved.
 */
public record WebhookSubscription(
        Long id,
        int version,
        String targetUrl,
        String description,
        Set<WebhookEvent> events,
        boolean enabled,
        Instant createdAt) {

    public WebhookSubscription {
        events = events == null ? Set.of() : Set.copyOf(events);
    }

    /** A new, enabled subscription to nothing yet. */
    public static WebhookSubscription newSubscription() {
        return new WebhookSubscription(null, 0, null, null, Set.of(), true, null);
    }
}
