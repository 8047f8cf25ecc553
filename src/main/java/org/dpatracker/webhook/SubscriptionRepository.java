package org.dpatracker.webhook;

import static org.dpatracker.db.Tables.WEBHOOK_SUBSCRIPTION;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;

/** The subscriptions; their secrets are read only to sign, never mapped into {@link WebhookSubscription}. */
@Repository
class SubscriptionRepository {

    private final DSLContext dsl;

    SubscriptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<WebhookSubscription> findAll() {
        return select().orderBy(WEBHOOK_SUBSCRIPTION.ID).fetch(mapping(WebhookSubscription::new));
    }

    Optional<WebhookSubscription> find(long id) {
        return select().where(WEBHOOK_SUBSCRIPTION.ID.eq(id)).fetchOptional(mapping(WebhookSubscription::new));
    }

    /** The enabled subscriptions that chose {@code event}. */
    List<Long> enabledFor(WebhookEvent event) {
        return select().where(WEBHOOK_SUBSCRIPTION.ENABLED.isTrue()).fetch(mapping(WebhookSubscription::new)).stream()
                .filter(subscription -> subscription.events().contains(event))
                .map(WebhookSubscription::id)
                .toList();
    }

    long insert(WebhookSubscription s, String secret, Instant now) {
        return dsl.insertInto(WEBHOOK_SUBSCRIPTION)
                .set(WEBHOOK_SUBSCRIPTION.TARGET_URL, s.targetUrl())
                .set(WEBHOOK_SUBSCRIPTION.DESCRIPTION, s.description())
                .set(WEBHOOK_SUBSCRIPTION.EVENT_TYPES, s.events())
                .set(WEBHOOK_SUBSCRIPTION.SECRET, secret)
                .set(WEBHOOK_SUBSCRIPTION.ENABLED, s.enabled())
                .set(WEBHOOK_SUBSCRIPTION.CREATED_AT, now)
                .set(WEBHOOK_SUBSCRIPTION.VERSION, 0)
                .returningResult(WEBHOOK_SUBSCRIPTION.ID)
                .fetchSingle()
                .value1();
    }

    /** Saves the changes unless someone saved the subscription since {@code s.version()} was read. */
    boolean update(WebhookSubscription s) {
        return dsl.update(WEBHOOK_SUBSCRIPTION)
                        .set(WEBHOOK_SUBSCRIPTION.TARGET_URL, s.targetUrl())
                        .set(WEBHOOK_SUBSCRIPTION.DESCRIPTION, s.description())
                        .set(WEBHOOK_SUBSCRIPTION.EVENT_TYPES, s.events())
                        .set(WEBHOOK_SUBSCRIPTION.ENABLED, s.enabled())
                        .set(WEBHOOK_SUBSCRIPTION.VERSION, WEBHOOK_SUBSCRIPTION.VERSION.plus(1))
                        .where(WEBHOOK_SUBSCRIPTION.ID.eq(s.id()))
                        .and(WEBHOOK_SUBSCRIPTION.VERSION.eq(s.version()))
                        .execute()
                == 1;
    }

    boolean replaceSecret(long id, int version, String secret) {
        return dsl.update(WEBHOOK_SUBSCRIPTION)
                        .set(WEBHOOK_SUBSCRIPTION.SECRET, secret)
                        .set(WEBHOOK_SUBSCRIPTION.VERSION, WEBHOOK_SUBSCRIPTION.VERSION.plus(1))
                        .where(WEBHOOK_SUBSCRIPTION.ID.eq(id))
                        .and(WEBHOOK_SUBSCRIPTION.VERSION.eq(version))
                        .execute()
                == 1;
    }

    void delete(long id) {
        dsl.deleteFrom(WEBHOOK_SUBSCRIPTION)
                .where(WEBHOOK_SUBSCRIPTION.ID.eq(id))
                .execute();
    }

    private SelectJoinStep<Record7<Long, Integer, String, String, Set<WebhookEvent>, Boolean, Instant>> select() {
        return dsl.select(
                        WEBHOOK_SUBSCRIPTION.ID,
                        WEBHOOK_SUBSCRIPTION.VERSION,
                        WEBHOOK_SUBSCRIPTION.TARGET_URL,
                        WEBHOOK_SUBSCRIPTION.DESCRIPTION,
                        WEBHOOK_SUBSCRIPTION.EVENT_TYPES,
                        WEBHOOK_SUBSCRIPTION.ENABLED,
                        WEBHOOK_SUBSCRIPTION.CREATED_AT)
                .from(WEBHOOK_SUBSCRIPTION);
    }
}
