package org.dpatracker.user;

import static org.dpatracker.db.Tables.APP_USER;
import static org.dpatracker.db.Tables.APP_USER_ROLE;
import static org.jooq.impl.DSL.row;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpatracker.core.Strings;
import org.dpatracker.security.AppUserPrincipal;
import org.dpatracker.security.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final Field<Set<Role>> ROLES = DSL.multiset(
                    DSL.select(APP_USER_ROLE.ROLE).from(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID)))
            .convertFrom(rows -> rows.stream().map(row -> row.value1()).collect(Collectors.toSet()));

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<UserAccount> findPage(String filter, int offset, int limit) {
        return fetch(matching(filter), offset, limit);
    }

    List<UserAccount> findAll() {
        return fetch(DSL.noCondition(), 0, Integer.MAX_VALUE);
    }

    List<UserAccount> findEnabled() {
        return fetch(APP_USER.ENABLED.isTrue(), 0, Integer.MAX_VALUE);
    }

    int count(String filter) {
        return dsl.fetchCount(APP_USER, matching(filter));
    }

    Optional<UserAccount> findById(long id) {
        return fetch(APP_USER.ID.eq(id), 0, 1).stream().findFirst();
    }

    Optional<Credentials> findCredentials(String username) {
        return findCredentials(APP_USER.USERNAME.eq(username));
    }

    Optional<Credentials> findCredentials(long id) {
        return findCredentials(APP_USER.ID.eq(id));
    }

    private Optional<Credentials> findCredentials(Condition condition) {
        return dsl.select(
                        APP_USER.ID,
                        APP_USER.USERNAME,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.PASSWORD_HASH,
                        APP_USER.ENABLED,
                        APP_USER.LOCALE,
                        ROLES)
                .from(APP_USER)
                .where(condition)
                .fetchOptional(row -> new Credentials(
                        row.value1(),
                        row.value2(),
                        row.value3(),
                        row.value4(),
                        row.value5(),
                        Locale.forLanguageTag(row.value6()),
                        row.value7()));
    }

    Optional<UserAccount> findBySsoIdentity(String issuer, String subject) {
        return fetch(APP_USER.SSO_ISSUER.eq(issuer).and(APP_USER.SSO_SUBJECT.eq(subject)), 0, 1).stream()
                .findFirst();
    }

    /** The accounts with this e-mail address, whatever its case, and the identity each is linked to, if any. */
    List<EmailOwner> findByEmail(String email) {
        return dsl.select(APP_USER.ID, APP_USER.SSO_ISSUER, APP_USER.SSO_SUBJECT)
                .from(APP_USER)
                .where(DSL.lower(APP_USER.EMAIL).eq(email.trim().toLowerCase(Locale.ROOT)))
                .orderBy(APP_USER.ID)
                .fetch(Records.mapping(EmailOwner::new));
    }

    /** The provider the account is linked to, while it is. */
    Optional<String> ssoIssuerOf(long id) {
        return dsl.select(APP_USER.SSO_ISSUER)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(APP_USER.SSO_ISSUER)
                .filter(issuer -> issuer != null);
    }

    void unlinkSsoIdentity(long id) {
        linkSsoIdentity(id, null, null);
    }

    void linkSsoIdentity(long id, String issuer, String subject) {
        dsl.update(APP_USER)
                .set(APP_USER.SSO_ISSUER, issuer)
                .set(APP_USER.SSO_SUBJECT, subject)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    void updateRoles(long id, Set<Role> roles) {
        dsl.update(APP_USER)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
        replaceRoles(id, roles);
    }

    boolean usernameTaken(String username, Long exceptId) {
        Condition sameName = DSL.lower(APP_USER.USERNAME).eq(username.toLowerCase(Locale.ROOT));
        return dsl.fetchExists(APP_USER, exceptId == null ? sameName : sameName.and(APP_USER.ID.ne(exceptId)));
    }

    boolean isEmpty() {
        return !dsl.fetchExists(APP_USER);
    }

    int countEnabledWithRole(Role role) {
        return dsl.fetchCount(DSL.select(APP_USER.ID)
                .from(APP_USER)
                .join(APP_USER_ROLE)
                .on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ENABLED.isTrue().and(APP_USER_ROLE.ROLE.eq(role))));
    }

    long insert(UserDraft draft, String passwordHash, Locale locale, Instant createdAt) {
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, draft.username())
                .set(APP_USER.DISPLAY_NAME, draft.displayName().trim())
                .set(APP_USER.EMAIL, Strings.trimmedOrNull(draft.email()))
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ENABLED, draft.enabled())
                .set(APP_USER.LOCALE, locale.toLanguageTag())
                .set(APP_USER.CREATED_AT, createdAt)
                .set(APP_USER.VERSION, 0)
                .returningResult(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        replaceRoles(id, draft.roles());
        return id;
    }

    /** Saves the draft if nobody changed the user since {@code draft.version()}; false otherwise. */
    boolean update(UserDraft draft) {
        int updated = dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, draft.displayName().trim())
                .set(APP_USER.EMAIL, Strings.trimmedOrNull(draft.email()))
                .set(APP_USER.ENABLED, draft.enabled())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(draft.id()).and(APP_USER.VERSION.eq(draft.version())))
                .execute();
        if (updated == 0) {
            return false;
        }
        replaceRoles(draft.id(), draft.roles());
        return true;
    }

    boolean updatePassword(long id, int version, String passwordHash) {
        return dsl.update(APP_USER)
                        .set(APP_USER.PASSWORD_HASH, passwordHash)
                        .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                        .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    void updateLocale(long id, Locale locale) {
        dsl.update(APP_USER)
                .set(APP_USER.LOCALE, locale.toLanguageTag())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    private void replaceRoles(long userId, Set<Role> roles) {
        dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(userId)).execute();
        for (Role role : roles) {
            dsl.insertInto(APP_USER_ROLE)
                    .set(APP_USER_ROLE.USER_ID, userId)
                    .set(APP_USER_ROLE.ROLE, role)
                    .execute();
        }
    }

    private static Condition matching(String filter) {
        if (filter == null || filter.isBlank()) {
            return DSL.noCondition();
        }
        String pattern = "%" + filter.trim().toLowerCase(Locale.ROOT) + "%";
        return DSL.lower(APP_USER.USERNAME)
                .like(pattern)
                .or(DSL.lower(APP_USER.DISPLAY_NAME).like(pattern))
                .or(DSL.lower(APP_USER.EMAIL).like(pattern));
    }

    record Credentials(
            long id,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            Locale locale,
            Set<Role> roles) {

        AppUserPrincipal principal(boolean locked) {
            return new AppUserPrincipal(id, username, displayName, passwordHash, enabled, locked, roles, locale);
        }
    }

    record EmailOwner(long id, String ssoIssuer, String ssoSubject) {

        boolean linkedToAnotherThan(String issuer, String subject) {
            return ssoSubject != null && !(ssoSubject.equals(subject) && issuer.equals(ssoIssuer));
        }
    }

    private List<UserAccount> fetch(Condition condition, int offset, int limit) {
        return dsl.select(
                        APP_USER.ID,
                        APP_USER.USERNAME,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.EMAIL,
                        APP_USER.ENABLED,
                        APP_USER.LOCALE.convertFrom(Locale::forLanguageTag),
                        ROLES,
                        APP_USER.VERSION)
                .from(APP_USER)
                .where(condition)
                .orderBy(APP_USER.USERNAME, APP_USER.ID)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(UserAccount::new));
    }
}
