package org.dpatracker.security;

import static org.dpatracker.db.Tables.LOGIN_FAILURE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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

    private final DSLContext dsl;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(
            DSLContext dsl,
            Clock clock,
            @Value("${app.security.login.max-failures:5}") int maxFailures,
            @Value("${app.security.login.lock-duration:15m}") Duration lockDuration) {
        this.dsl = dsl;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    public boolean isLocked(String username) {
        Instant lockedUntil = dsl.select(LOGIN_FAILURE.LOCKED_UNTIL)
                .from(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.USERNAME_KEY.eq(key(username)))
                .fetchOne(LOGIN_FAILURE.LOCKED_UNTIL);
        return lockedUntil != null && clock.instant().isBefore(lockedUntil);
    }

    /**
     * Counts a failure in a transaction of its own (the failed login has none to join), in one statement, so
     * that failures arriving at two nodes at once are both counted.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        Instant now = clock.instant();
        Instant lockEnd = now.plus(lockDuration);
        // A lock that has run out starts the count afresh.
        var count = DSL.when(
                        LOGIN_FAILURE.LOCKED_UNTIL.isNotNull().and(LOGIN_FAILURE.LOCKED_UNTIL.le(now)), DSL.inline(1))
                .otherwise(LOGIN_FAILURE.FAILURES.plus(1));
        dsl.insertInto(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.USERNAME_KEY, key(username))
                .set(LOGIN_FAILURE.FAILURES, 1)
                .set(LOGIN_FAILURE.LOCKED_UNTIL, maxFailures <= 1 ? lockEnd : null)
                .onConflict(LOGIN_FAILURE.USERNAME_KEY)
                .doUpdate()
                .set(LOGIN_FAILURE.FAILURES, count)
                .set(
                        LOGIN_FAILURE.LOCKED_UNTIL,
                        DSL.when(count.ge(maxFailures), DSL.val(lockEnd, LOGIN_FAILURE.LOCKED_UNTIL)))
                .execute();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        dsl.deleteFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.USERNAME_KEY.eq(key(username)))
                .execute();
    }

    private static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > 255 ? key.substring(0, 255) : key;
    }
}
