package org.dpatracker.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a user name for a while after repeated failed logins, whether or not the name exists,
 * so that passwords cannot be guessed by trying many. The failures are kept in the database, so that
 * several nodes behind a load balancer count them together and a name locked on one is locked on all.
 */
@Component
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(
            LoginFailureRepository failures,
            Clock clock,
            @Value("${app.security.login.max-failures:5}") int maxFailures,
            @Value("${app.security.login.lock-duration:15m}") Duration lockDuration) {
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    public boolean isLocked(String username) {
        return failures.lockedUntil(key(username))
                .filter(clock.instant()::isBefore)
                .isPresent();
    }

    /** Until when the name is locked, while it is. */
    public java.util.Optional<Instant> lockedUntil(String username) {
        return failures.lockedUntil(key(username)).filter(clock.instant()::isBefore);
    }

    /** Lifts a lock (an administrator's decision) and forgets the failures, in the caller's transaction. */
    @Transactional
    public void unlock(String username) {
        failures.forget(key(username));
    }

    /** Counts a failure in a transaction of its own: the failed login has none to join. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        Instant now = clock.instant();
        failures.countFailure(key(username), now, maxFailures, now.plus(lockDuration));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        failures.forget(key(username));
    }

    private static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > 255 ? key.substring(0, 255) : key;
    }
}
