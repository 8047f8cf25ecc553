package org.dpatracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.dpatracker.support.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-29T00:30:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15));

    @Test
    void locksAfterTheFifthFailure() {
        fail("dana", 4);
        assertThat(throttle.isLocked("dana")).isFalse();
        fail("dana", 1);
        assertThat(throttle.isLocked("dana")).isTrue();
    }

    @Test
    void lockEndsAfterTheLockDuration() {
        fail("dana", 5);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLocked("dana")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("dana")).isFalse();
    }

    @Test
    void aFailureAfterAnExpiredLockStartsCountingAfresh() {
        fail("dana", 5);
        clock.advance(Duration.ofMinutes(16));
        fail("dana", 1);
        assertThat(throttle.isLocked("dana")).isFalse();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        fail("dana", 4);
        throttle.succeeded("dana");
        fail("dana", 4);
        assertThat(throttle.isLocked("dana")).isFalse();
    }

    @Test
    void namesAreComparedWithoutCaseAndSurroundingBlanks() {
        fail("Dana ", 5);
        assertThat(throttle.isLocked("dana")).isTrue();
    }

    @Test
    void otherUsersAreNotAffected() {
        fail("dana", 5);
        assertThat(throttle.isLocked("max")).isFalse();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
        }
    }
}
