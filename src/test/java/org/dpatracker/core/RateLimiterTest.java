package org.dpatracker.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.dpatracker.support.MutableClock;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));

    @Test
    void theCallBeyondTheLimitWaitsForTheNextWindowAndOtherKeysAreNotHeldUp() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.refusal("ada")).isEmpty();
        }
        clock.advance(Duration.ofSeconds(20));
        assertThat(limiter.refusal("ada")).contains(Duration.ofSeconds(40));
        assertThat(limiter.refusal("grace")).isEmpty();
        clock.advance(Duration.ofSeconds(40));
        assertThat(limiter.refusal("ada")).isEmpty();
    }

    @Test
    void aLimitOfZeroRefusesNothing() {
        RateLimiter off = new RateLimiter(0, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 1000; i++) {
            assertThat(off.refusal("proxy")).isEmpty();
        }
    }
}
