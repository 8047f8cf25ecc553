package org.dpatracker.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} calls (0: no limit) per key (a user, an address) in each fixed window, counted on this node. A refused
 * call learns how long to wait. Windows of keys not seen for a while are dropped, so the map stays small.
 */
public final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Empty when the call may go ahead; else how long until the key's next window starts. */
    public Optional<Duration> refusal(String key) {
        if (limit <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Window current = windows.compute(
                key,
                (k, old) -> old == null || !now.isBefore(old.end()) ? new Window(now.plus(window), 1) : old.next());
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> !now.isBefore(w.end()));
        }
        return current.count() <= limit ? Optional.empty() : Optional.of(Duration.between(now, current.end()));
    }

    private record Window(Instant end, int count) {
        Window next() {
            return new Window(end, count == Integer.MAX_VALUE ? count : count + 1);
        }
    }
}
