package org.dpatracker.publication;

import static org.dpatracker.db.Tables.PUBLIC_LIST_SUBSCRIBER;
import static org.dpatracker.db.Tables.PUBLIC_LIST_TOKEN;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpatracker.db.tables.records.PublicListSubscriberRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The subscribers and the hashes of the tokens in the links mailed to them. */
@Repository
class SubscriberRepository {

    private final DSLContext dsl;

    SubscriberRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Subscriber> byEmail(String email) {
        return dsl.selectFrom(PUBLIC_LIST_SUBSCRIBER)
                .where(PUBLIC_LIST_SUBSCRIBER.EMAIL.eq(email))
                .fetchOptional(SubscriberRepository::subscriber);
    }

    long insert(String email, Locale language, Instant now) {
        return dsl.insertInto(PUBLIC_LIST_SUBSCRIBER)
                .set(PUBLIC_LIST_SUBSCRIBER.EMAIL, email)
                .set(PUBLIC_LIST_SUBSCRIBER.LANGUAGE, language.getLanguage())
                .set(PUBLIC_LIST_SUBSCRIBER.SUBSCRIBED_AT, now)
                .returningResult(PUBLIC_LIST_SUBSCRIBER.ID)
                .fetchSingle(PUBLIC_LIST_SUBSCRIBER.ID);
    }

    /** A new request for an unconfirmed address: its language and time start again, earlier links stop. */
    void renew(long id, Locale language, Instant now) {
        dsl.update(PUBLIC_LIST_SUBSCRIBER)
                .set(PUBLIC_LIST_SUBSCRIBER.LANGUAGE, language.getLanguage())
                .set(PUBLIC_LIST_SUBSCRIBER.SUBSCRIBED_AT, now)
                .where(PUBLIC_LIST_SUBSCRIBER.ID.eq(id))
                .execute();
        dsl.deleteFrom(PUBLIC_LIST_TOKEN)
                .where(PUBLIC_LIST_TOKEN.SUBSCRIBER_ID.eq(id))
                .and(PUBLIC_LIST_TOKEN.PURPOSE.eq(TokenPurpose.CONFIRM.name()))
                .execute();
    }

    void addToken(long subscriberId, String hash, TokenPurpose purpose, Instant now) {
        dsl.insertInto(PUBLIC_LIST_TOKEN)
                .set(PUBLIC_LIST_TOKEN.TOKEN_HASH, hash)
                .set(PUBLIC_LIST_TOKEN.SUBSCRIBER_ID, subscriberId)
                .set(PUBLIC_LIST_TOKEN.PURPOSE, purpose.name())
                .set(PUBLIC_LIST_TOKEN.CREATED_AT, now)
                .execute();
    }

    /** The subscriber a token of that purpose was made for, if it was made after {@code notBefore}. */
    Optional<Long> holderOf(String hash, TokenPurpose purpose, Instant notBefore) {
        return dsl.select(PUBLIC_LIST_TOKEN.SUBSCRIBER_ID)
                .from(PUBLIC_LIST_TOKEN)
                .where(PUBLIC_LIST_TOKEN.TOKEN_HASH.eq(hash))
                .and(PUBLIC_LIST_TOKEN.PURPOSE.eq(purpose.name()))
                .and(PUBLIC_LIST_TOKEN.CREATED_AT.ge(notBefore))
                .fetchOptional(PUBLIC_LIST_TOKEN.SUBSCRIBER_ID);
    }

    void confirm(long id, Instant now) {
        dsl.update(PUBLIC_LIST_SUBSCRIBER)
                .set(PUBLIC_LIST_SUBSCRIBER.CONFIRMED_AT, now)
                .where(PUBLIC_LIST_SUBSCRIBER.ID.eq(id))
                .execute();
        dsl.deleteFrom(PUBLIC_LIST_TOKEN)
                .where(PUBLIC_LIST_TOKEN.SUBSCRIBER_ID.eq(id))
                .and(PUBLIC_LIST_TOKEN.PURPOSE.eq(TokenPurpose.CONFIRM.name()))
                .execute();
    }

    /** Forgets the subscriber and every link mailed to them. */
    void delete(long id) {
        dsl.deleteFrom(PUBLIC_LIST_SUBSCRIBER)
                .where(PUBLIC_LIST_SUBSCRIBER.ID.eq(id))
                .execute();
    }

    /** Forgets addresses nobody confirmed in time. */
    int deleteUnconfirmedBefore(Instant cutoff) {
        return dsl.deleteFrom(PUBLIC_LIST_SUBSCRIBER)
                .where(PUBLIC_LIST_SUBSCRIBER.CONFIRMED_AT.isNull())
                .and(PUBLIC_LIST_SUBSCRIBER.SUBSCRIBED_AT.lt(cutoff))
                .execute();
    }

    List<Subscriber> confirmed() {
        return dsl.selectFrom(PUBLIC_LIST_SUBSCRIBER)
                .where(PUBLIC_LIST_SUBSCRIBER.CONFIRMED_AT.isNotNull())
                .orderBy(PUBLIC_LIST_SUBSCRIBER.ID)
                .fetch(SubscriberRepository::subscriber);
    }

    int countConfirmed() {
        return dsl.fetchCount(PUBLIC_LIST_SUBSCRIBER, PUBLIC_LIST_SUBSCRIBER.CONFIRMED_AT.isNotNull());
    }

    private static Subscriber subscriber(PublicListSubscriberRecord r) {
        return new Subscriber(
                r.getId(),
                r.getEmail(),
                Locale.forLanguageTag(r.getLanguage()),
                r.getSubscribedAt(),
                r.getConfirmedAt());
    }
}
