package org.dpatracker.api;

import static org.dpatracker.db.Tables.IDEMPOTENT_REQUEST;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** POST requests that carried an Idempotency-Key, and the answers they got. */
@Repository
class IdempotentRequestRepository {

    private final DSLContext dsl;

    IdempotentRequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Claims the key for a request that starts now; false when the key is taken (the primary key decides). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(String username, String key, String requestHash, Instant now) {
        return dsl.insertInto(IDEMPOTENT_REQUEST)
                        .set(IDEMPOTENT_REQUEST.USERNAME, username)
                        .set(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY, key)
                        .set(IDEMPOTENT_REQUEST.REQUEST_HASH, requestHash)
                        .set(IDEMPOTENT_REQUEST.CREATED_AT, now)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<StoredAnswer> find(String username, String key) {
        return dsl.select(
                        IDEMPOTENT_REQUEST.REQUEST_HASH,
                        IDEMPOTENT_REQUEST.CREATED_AT,
                        IDEMPOTENT_REQUEST.STATUS,
                        IDEMPOTENT_REQUEST.LOCATION,
                        IDEMPOTENT_REQUEST.CONTENT_TYPE,
                        IDEMPOTENT_REQUEST.RESPONSE_BODY)
                .from(IDEMPOTENT_REQUEST)
                .where(IDEMPOTENT_REQUEST.USERNAME.eq(username))
                .and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key))
                .fetchOptional(org.jooq.Records.mapping(StoredAnswer::new));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void answer(String username, String key, StoredAnswer answer) {
        dsl.update(IDEMPOTENT_REQUEST)
                .set(IDEMPOTENT_REQUEST.STATUS, answer.status())
                .set(IDEMPOTENT_REQUEST.LOCATION, answer.location())
                .set(IDEMPOTENT_REQUEST.CONTENT_TYPE, answer.contentType())
                .set(IDEMPOTENT_REQUEST.RESPONSE_BODY, answer.body())
                .where(IDEMPOTENT_REQUEST.USERNAME.eq(username))
                .and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key))
                .execute();
    }

    /** Frees the key: the request failed on the server's side or was abandoned, so a repeat may run. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String username, String key) {
        dsl.deleteFrom(IDEMPOTENT_REQUEST)
                .where(IDEMPOTENT_REQUEST.USERNAME.eq(username))
                .and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key))
                .execute();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int forgetBefore(Instant cutoff) {
        return dsl.deleteFrom(IDEMPOTENT_REQUEST)
                .where(IDEMPOTENT_REQUEST.CREATED_AT.lt(cutoff))
                .execute();
    }

    /** The first request's hash and time, and its answer once it has one ({@code status} null while running). */
    record StoredAnswer(
            String requestHash, Instant createdAt, Integer status, String location, String contentType, String body) {}
}
