package org.dpatracker.security;

import static org.dpatracker.db.Tables.LOGIN_FAILURE;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Failed logins per user name, in the database that every node shares. */
@Repository
class LoginFailureRepository {

    private final DSLContext dsl;

    LoginFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Instant> lockedUntil(String key) {
        return dsl.select(LOGIN_FAILURE.LOCKED_UNTIL)
                .from(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.USERNAME_KEY.eq(key))
                .fetchOptional(LOGIN_FAILURE.LOCKED_UNTIL);
    }

    /**
     * Counts a failure in one statement, so that failures arriving at two nodes at once are both counted; a lock
     * that ended by {@code now} starts the count afresh, and the {@code maxFailures}th failure locks until
     * {@code lockEnd}.
     */
    void countFailure(String key, Instant now, int maxFailures, Instant lockEnd) {
        var count = DSL.when(
                        LOGIN_FAILURE.LOCKED_UNTIL.isNotNull().and(LOGIN_FAILURE.LOCKED_UNTIL.le(now)), DSL.inline(1))
                .otherwise(LOGIN_FAILURE.FAILURES.plus(1));
        dsl.insertInto(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.USERNAME_KEY, key)
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

    void forget(String key) {
        dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.USERNAME_KEY.eq(key)).execute();
    }
}
