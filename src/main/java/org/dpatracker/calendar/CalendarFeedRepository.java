package org.dpatracker.calendar;

import static org.dpatracker.db.Tables.CALENDAR_FEED;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The users' calendar feeds, found by the hash of their token. */
@Repository
class CalendarFeedRepository {

    private final DSLContext dsl;

    CalendarFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<CalendarFeedStatus> statusOf(long userId) {
        return dsl.select(CALENDAR_FEED.CREATED_AT, CALENDAR_FEED.LAST_USED_AT)
                .from(CALENDAR_FEED)
                .where(CALENDAR_FEED.USER_ID.eq(userId))
                .fetchOptional(mapping(CalendarFeedStatus::new));
    }

    /** Gives the user a feed with this token hash; a feed they had before (and its address) is gone. */
    void replace(long userId, String tokenHash, Instant now) {
        delete(userId);
        dsl.insertInto(CALENDAR_FEED)
                .set(CALENDAR_FEED.USER_ID, userId)
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.CREATED_AT, now)
                .execute();
    }

    void delete(long userId) {
        dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(userId)).execute();
    }

    /** The user whose feed has this token hash. */
    Optional<Long> ownerOf(String tokenHash) {
        return dsl.select(CALENDAR_FEED.USER_ID)
                .from(CALENDAR_FEED)
                .where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(CALENDAR_FEED.USER_ID);
    }

    void used(long userId, Instant now) {
        dsl.update(CALENDAR_FEED)
                .set(CALENDAR_FEED.LAST_USED_AT, now)
                .where(CALENDAR_FEED.USER_ID.eq(userId))
                .execute();
    }
}
