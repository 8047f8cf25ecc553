package org.dpatracker.apitoken;

import static org.dpatracker.db.Tables.API_TOKEN;
import static org.dpatracker.db.Tables.APP_USER;
import static org.dpatracker.db.Tables.APP_USER_ROLE;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpatracker.security.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The personal access tokens, found by id, by user or by the hash of their text. */
@Repository
class ApiTokenRepository {

    private static final Field<Set<Role>> ROLES = DSL.multiset(
                    DSL.select(APP_USER_ROLE.ROLE).from(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID)))
            .convertFrom(rows -> rows.stream().map(row -> row.value1()).collect(Collectors.toSet()));

    private final DSLContext dsl;

    ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long userId, NewApiToken token, String hash, Instant now, Instant expiresAt) {
        return dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.NAME, token.name())
                .set(API_TOKEN.SCOPES, token.scopes())
                .set(API_TOKEN.TOKEN_HASH, hash)
                .set(API_TOKEN.CREATED_AT, now)
                .set(API_TOKEN.EXPIRES_AT, expiresAt)
                .returningResult(API_TOKEN.ID)
                .fetchSingle()
                .value1();
    }

    Optional<ApiToken> find(long id) {
        return select().where(API_TOKEN.ID.eq(id)).fetchOptional(mapping(ApiToken::new));
    }

    /** The user's tokens, newest first. */
    List<ApiToken> ofUser(long userId) {
        return select().where(API_TOKEN.USER_ID.eq(userId))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(mapping(ApiToken::new));
    }

    /** Every user's tokens, by user name and newest first. */
    List<ApiToken> all() {
        return select().orderBy(APP_USER.USERNAME, API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(mapping(ApiToken::new));
    }

    /** Revokes the token unless it was revoked already; false when it was. */
    boolean revoke(long id, Instant now, String by) {
        return dsl.update(API_TOKEN)
                        .set(API_TOKEN.REVOKED_AT, now)
                        .set(API_TOKEN.REVOKED_BY, by)
                        .where(API_TOKEN.ID.eq(id))
                        .and(API_TOKEN.REVOKED_AT.isNull())
                        .execute()
                == 1;
    }

    Optional<TokenHolder> holderOf(String hash) {
        return dsl.select(
                        API_TOKEN.ID,
                        API_TOKEN.SCOPES,
                        API_TOKEN.EXPIRES_AT,
                        API_TOKEN.REVOKED_AT,
                        API_TOKEN.LAST_USED_AT,
                        APP_USER.ID,
                        APP_USER.USERNAME,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.ENABLED,
                        APP_USER.LOCALE.convertFrom(Locale::forLanguageTag),
                        ROLES)
                .from(API_TOKEN)
                .join(APP_USER)
                .on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(hash))
                .fetchOptional(mapping(TokenHolder::new));
    }

    boolean exists(String hash) {
        return dsl.fetchExists(API_TOKEN, API_TOKEN.TOKEN_HASH.eq(hash));
    }

    /** Records a use unless one was recorded after {@code unlessAfter}, so that busy tokens are not written on every call. */
    void used(long id, Instant now, Instant unlessAfter) {
        Condition stale = API_TOKEN.LAST_USED_AT.isNull().or(API_TOKEN.LAST_USED_AT.lt(unlessAfter));
        dsl.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, now)
                .where(API_TOKEN.ID.eq(id))
                .and(stale)
                .execute();
    }

    private SelectOnConditionStep<
                    Record10<Long, Long, String, String, Set<ApiScope>, Instant, Instant, Instant, Instant, String>>
            select() {
        return dsl.select(
                        API_TOKEN.ID,
                        API_TOKEN.USER_ID,
                        APP_USER.USERNAME,
                        API_TOKEN.NAME,
                        API_TOKEN.SCOPES,
                        API_TOKEN.CREATED_AT,
                        API_TOKEN.EXPIRES_AT,
                        API_TOKEN.LAST_USED_AT,
                        API_TOKEN.REVOKED_AT,
                        API_TOKEN.REVOKED_BY)
                .from(API_TOKEN)
                .join(APP_USER)
                .on(APP_USER.ID.eq(API_TOKEN.USER_ID));
    }
}
