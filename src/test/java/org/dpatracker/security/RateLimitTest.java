package org.dpatracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.dpatracker.support.MutableClock;
import org.junit.jupiter.api.Test;

/** A fixed window per client address: the limit within it, refused with the time left, counted anew after it. */
class RateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final RateLimit limit = new RateLimit(3, Duration.ofMinutes(1), clock);

    @Test
    void theRequestAfterTheLimitWaitsUntilTheWindowEnds() {
        assertThat(limit.acquire("192.0.2.1")).isEmpty();
        clock.advance(Duration.ofSeconds(20));
        assertThat(limit.acquire("192.0.2.1")).isEmpty();
        assertThat(limit.acquire("192.0.2.1")).isEmpty();

        assertThat(limit.acquire("192.0.2.1")).contains(Duration.ofSeconds(40));
        assertThat(limit.acquire("192.0.2.2"))
                .as("another address has its own count")
                .isEmpty();

        clock.advance(Duration.ofSeconds(40));
        assertThat(limit.acquire("192.0.2.1")).as("a new window").isEmpty();
    }
}
