package org.dpatracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.MutableClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The throttle on the database; each test uses names of its own. */
@H2Test
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-29T00:30:00Z"));
    private final String dana = "dana-" + UUID.randomUUID();
    private LoginThrottle throttle;

    @Autowired
    void throttleOn(DSLContext dsl) {
        throttle = new LoginThrottle(new LoginFailureRepository(dsl), clock, 5, Duration.ofMinutes(15));
    }

    @Test
    void locksAfterTheFifthFailure() {
        fail(dana, 4);
        assertThat(throttle.isLocked(dana)).isFalse();
        fail(dana, 1);
        assertThat(throttle.isLocked(dana)).isTrue();
    }

    @Test
    void lockEndsAfterTheLockDuration() {
        fail(dana, 5);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLocked(dana)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked(dana)).isFalse();
    }

    @Test
    void aFailureAfterAnExpiredLockStartsCountingAfresh() {
        fail(dana, 5);
        clock.advance(Duration.ofMinutes(16));
        fail(dana, 1);
        assertThat(throttle.isLocked(dana)).isFalse();
        fail(dana, 3);
        assertThat(throttle.isLocked(dana)).as("four since the lock ended").isFalse();
        fail(dana, 1);
        assertThat(throttle.isLocked(dana)).isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        fail(dana, 4);
        throttle.succeeded(dana);
        fail(dana, 4);
        assertThat(throttle.isLocked(dana)).isFalse();
    }

    @Test
    void namesAreComparedWithoutCaseAndSurroundingBlanks() {
        fail(dana.toUpperCase() + " ", 5);
        assertThat(throttle.isLocked(dana)).isTrue();
    }

    @Test
    void otherUsersAreNotAffected() {
        fail(dana, 5);
        assertThat(throttle.isLocked("max-" + UUID.randomUUID())).isFalse();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
        }
    }
}
