package org.dpatracker.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for a while after repeated failed logins, whether or not the name exists,
 * so that passwords cannot be guessed by trying many.
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(
            Clock clock,
            @Value("${app.security.login.max-failures:5}") int maxFailures,
            @Value("${app.security.login.lock-duration:15m}") Duration lockDuration) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    public boolean isLocked(String username) {
        Failures current = failures.get(key(username));
        return current != null
                && current.lockedUntil() != null
                && clock.instant().isBefore(current.lockedUntil());
    }

    public void failed(String username) {
        Instant now = clock.instant();
        failures.compute(key(username), (name, previous) -> {
            int count = previous == null || previous.expired(now) ? 1 : previous.count() + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockDuration) : null);
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant lockedUntil) {
        boolean expired(Instant now) {
            return lockedUntil != null && !now.isBefore(lockedUntil);
        }
    }
}
