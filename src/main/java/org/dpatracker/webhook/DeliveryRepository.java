package org.dpatracker.webhook;

import static org.dpatracker.db.Tables.WEBHOOK_DELIVERY;
import static org.dpatracker.db.Tables.WEBHOOK_SUBSCRIPTION;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record11;
import org.jooq.Record6;
import org.jooq.SelectJoinStep;
import org.jooq.SelectOnConditionStep;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * The deliveries: one row per subscription and event, written in the transaction of the event where it has
 * one, attempted after the commit, kept with the outcome of the last attempt as the delivery log.
 */
@Repository
class DeliveryRepository {

    private static final int MAX_ERROR = 2000;

    private final DSLContext dsl;

    DeliveryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Queues the event for the subscription unless it was queued before; says whether it was queued now. */
    boolean insertIfAbsent(long subscriptionId, String eventId, WebhookEvent event, String payload, Instant now) {
        try {
            return dsl.insertInto(WEBHOOK_DELIVERY)
                            .set(WEBHOOK_DELIVERY.SUBSCRIPTION_ID, subscriptionId)
                            .set(WEBHOOK_DELIVERY.EVENT_ID, eventId)
                            .set(WEBHOOK_DELIVERY.EVENT_TYPE, event)
                            .set(WEBHOOK_DELIVERY.PAYLOAD, payload)
                            .set(WEBHOOK_DELIVERY.CREATED_AT, now)
                            .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, now)
                            .onConflictDoNothing()
                            .execute()
                    == 1;
        } catch (DuplicateKeyException queuedMeanwhile) {
            return false;
        }
    }

    /** Deliveries of enabled subscriptions, neither delivered nor given up, whose next attempt is due; oldest first. */
    List<DueDelivery> due(Instant now, int limit) {
        return selectDue()
                .where(pending())
                .and(WEBHOOK_SUBSCRIPTION.ENABLED.isTrue())
                .and(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT.le(now))
                .orderBy(WEBHOOK_DELIVERY.ID)
                .limit(limit)
                .fetch(mapping(DueDelivery::new));
    }

    /** One pending delivery, whatever its next attempt and its subscription's state, to be attempted now. */
    Optional<DueDelivery> pendingById(long id) {
        return selectDue().where(pending()).and(WEBHOOK_DELIVERY.ID.eq(id)).fetchOptional(mapping(DueDelivery::new));
    }

    Optional<WebhookDelivery> find(long subscriptionId, String eventId) {
        return selectLog()
                .where(WEBHOOK_DELIVERY.SUBSCRIPTION_ID.eq(subscriptionId))
                .and(WEBHOOK_DELIVERY.EVENT_ID.eq(eventId))
                .fetchOptional(mapping(WebhookDelivery::new));
    }

    /** The subscription's deliveries, latest first. */
    List<WebhookDelivery> log(long subscriptionId, int limit) {
        return selectLog()
                .where(WEBHOOK_DELIVERY.SUBSCRIPTION_ID.eq(subscriptionId))
                .orderBy(WEBHOOK_DELIVERY.CREATED_AT.desc(), WEBHOOK_DELIVERY.ID.desc())
                .limit(limit)
                .fetch(mapping(WebhookDelivery::new));
    }

    void delivered(long id, int status, Instant now) {
        dsl.update(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.ATTEMPTS, WEBHOOK_DELIVERY.ATTEMPTS.plus(1))
                .set(WEBHOOK_DELIVERY.DELIVERED_AT, now)
                .set(WEBHOOK_DELIVERY.LAST_STATUS, status)
                .setNull(WEBHOOK_DELIVERY.LAST_ERROR)
                .where(WEBHOOK_DELIVERY.ID.eq(id))
                .execute();
    }

    /** Counts a failed attempt: tried again at {@code next}, or given up when there is none. */
    void failed(long id, Integer status, String error, Optional<Instant> next, Instant now) {
        dsl.update(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.ATTEMPTS, WEBHOOK_DELIVERY.ATTEMPTS.plus(1))
                .set(WEBHOOK_DELIVERY.LAST_STATUS, status)
                .set(WEBHOOK_DELIVERY.LAST_ERROR, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error)
                .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, next.orElse(now))
                .set(WEBHOOK_DELIVERY.GIVEN_UP_AT, next.isPresent() ? null : now)
                .where(WEBHOOK_DELIVERY.ID.eq(id))
                .execute();
    }

    private static Condition pending() {
        return WEBHOOK_DELIVERY.DELIVERED_AT.isNull().and(WEBHOOK_DELIVERY.GIVEN_UP_AT.isNull());
    }

    private SelectOnConditionStep<Record6<Long, String, String, String, String, Integer>> selectDue() {
        return dsl.select(
                        WEBHOOK_DELIVERY.ID,
                        WEBHOOK_SUBSCRIPTION.TARGET_URL,
                        WEBHOOK_SUBSCRIPTION.SECRET,
                        WEBHOOK_DELIVERY.EVENT_ID,
                        WEBHOOK_DELIVERY.PAYLOAD,
                        WEBHOOK_DELIVERY.ATTEMPTS)
                .from(WEBHOOK_DELIVERY)
                .join(WEBHOOK_SUBSCRIPTION)
                .on(WEBHOOK_SUBSCRIPTION.ID.eq(WEBHOOK_DELIVERY.SUBSCRIPTION_ID));
    }

    private SelectJoinStep<
                    Record11<
                            Long,
                            Long,
                            String,
                            WebhookEvent,
                            Instant,
                            Integer,
                            Instant,
                            Instant,
                            Instant,
                            Integer,
                            String>>
            selectLog() {
        return dsl.select(
                        WEBHOOK_DELIVERY.ID,
                        WEBHOOK_DELIVERY.SUBSCRIPTION_ID,
                        WEBHOOK_DELIVERY.EVENT_ID,
                        WEBHOOK_DELIVERY.EVENT_TYPE,
                        WEBHOOK_DELIVERY.CREATED_AT,
                        WEBHOOK_DELIVERY.ATTEMPTS,
                        WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT,
                        WEBHOOK_DELIVERY.DELIVERED_AT,
                        WEBHOOK_DELIVERY.GIVEN_UP_AT,
                        WEBHOOK_DELIVERY.LAST_STATUS,
                        WEBHOOK_DELIVERY.LAST_ERROR)
                .from(WEBHOOK_DELIVERY);
    }
}
