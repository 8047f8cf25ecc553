package org.dpatracker.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery (a mail, a webhook) is tried again: after one minute, five minutes, half an hour,
 * two hours and twelve hours; the sixth failed attempt gives it up.
 */
public final class RetryPlan {

    public static final int MAX_ATTEMPTS = 6;
    private static final List<Duration> PAUSES = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(12));

    private RetryPlan() {}

    /** The next attempt after {@code failedAttempts} failed ones, or empty when the delivery is given up. */
    public static Optional<Instant> next(int failedAttempts, Instant now) {
        if (failedAttempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(now.plus(PAUSES.get(Math.clamp(failedAttempts, 1, PAUSES.size()) - 1)));
    }
}
