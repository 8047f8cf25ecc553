package org.dpatracker.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most {@code limit} requests per key (a client address) in each window of fixed length, counted in
 * memory on this node. A refused request learns how long until its window ends.
 */
final class RateLimit {

    /** Past this many keys, windows that ended are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    RateLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts a request; empty when it is allowed, otherwise the time until the client may try again. */
    Optional<Duration> acquire(String key) {
        Instant now = clock.instant();
        if (windows.size() > TIDY_ABOVE) {
            windows.values().removeIf(w -> !w.end().isAfter(now));
        }
        Window counted = windows.compute(
                key,
                (k, w) -> w == null || !w.end().isAfter(now)
                        ? new Window(now.plus(window), 1)
                        : new Window(w.end(), w.count() + 1));
        if (counted.count() <= limit) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, counted.end());
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    private record Window(Instant end, int count) {}
}
