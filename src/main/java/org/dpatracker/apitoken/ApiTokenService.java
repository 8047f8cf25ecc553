package org.dpatracker.apitoken;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.Strings;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.security.ApiTokenAuthentication;
import org.dpatracker.security.ApiTokenCheck;
import org.dpatracker.security.AppUserPrincipal;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the REST API: every user makes and revokes their own, administrators see and
 * revoke everybody's. A token's text is handed out once, when it is made; creating and revoking are in the
 * change history (never the text or its hash). A call with a token acts as its user with the permissions of
 * the token's scopes that the user holds at that moment.
 */
@Service
public class ApiTokenService implements ApiTokenCheck {

    static final String ENTITY = "apiToken";
    static final int NAME_LENGTH = 100;
    /** A token's last use is written at most this often, so that a busy script does not write on every call. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final ChangeRecorder history;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, ChangeRecorder history, Clock clock) {
        this.tokens = tokens;
        this.history = history;
        this.clock = clock;
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ApiToken> ownTokens() {
        return tokens.ofUser(CurrentUser.id());
    }

    /** A new token of the signed-in user; its text is in the result and nowhere else. */
    @PermitAll
    @Transactional
    public IssuedToken create(NewApiToken input) {
        String name = Strings.trimmedOrNull(input.name());
        new Validation()
                .requireText(name, "name", NAME_LENGTH)
                .require(!input.scopes().isEmpty(), "scopes", "apitoken.validation.scopes")
                .require(
                        input.validDays() >= 1 && input.validDays() <= NewApiToken.MAX_VALID_DAYS,
                        "validDays",
                        "apitoken.validation.valid-days",
                        NewApiToken.MAX_VALID_DAYS)
                .throwIfInvalid();
        String secret = ApiTokenSecret.create();
        Instant now = clock.instant();
        long id = tokens.insert(
                CurrentUser.id(),
                new NewApiToken(name, input.scopes(), input.validDays()),
                ApiTokenSecret.hash(secret),
                now,
                now.plus(Duration.ofDays(input.validDays())));
        ApiToken saved = tokens.find(id).orElseThrow();
        history.inserted(ENTITY, id, saved.historyState());
        return new IssuedToken(saved, secret);
    }

    /** Revokes one of the signed-in user's own tokens: it stops working at once. */
    @PermitAll
    @Transactional
    public ApiToken revokeOwn(long id) {
        ApiToken token = existing(id);
        if (token.userId() != CurrentUser.id()) {
            throw new AccessDeniedException("Not your token");
        }
        return revoked(token);
    }

    /** Every user's tokens, for administrators. */
    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional(readOnly = true)
    public List<ApiToken> allTokens() {
        return tokens.all();
    }

    /** Revokes anybody's token, for administrators. */
    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional
    public ApiToken revoke(long id) {
        return revoked(existing(id));
    }

    @Override
    @PermitAll
    public boolean wellFormed(String token) {
        return ApiTokenSecret.wellFormed(token);
    }

    /** Open to everybody: the token is the credential. Records its use at most once a minute. */
    @Override
    @PermitAll
    @Transactional
    public Optional<ApiTokenAuthentication> authenticate(String token) {
        if (!ApiTokenSecret.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<TokenHolder> holder = tokens.holderOf(ApiTokenSecret.hash(token))
                .filter(found -> found.revokedAt() == null && now.isBefore(found.expiresAt()) && found.enabled());
        holder.filter(found ->
                        found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION)))
                .ifPresent(found -> tokens.used(found.tokenId(), now, now.minus(LAST_USED_PRECISION)));
        return holder.map(ApiTokenService::authentication);
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public boolean known(String token) {
        return ApiTokenSecret.wellFormed(token) && tokens.exists(ApiTokenSecret.hash(token));
    }

    private static ApiTokenAuthentication authentication(TokenHolder holder) {
        AppUserPrincipal user = new AppUserPrincipal(
                holder.userId(),
                holder.username(),
                holder.displayName(),
                null,
                holder.enabled(),
                false,
                holder.roles(),
                holder.locale());
        return new ApiTokenAuthentication(
                user, holder.tokenId(), ApiScope.granted(holder.scopes(), Role.permissionsOf(holder.roles())));
    }

    private ApiToken revoked(ApiToken token) {
        if (!tokens.revoke(token.id(), clock.instant(), CurrentUser.name())) {
            return token;
        }
        ApiToken after = existing(token.id());
        Map<String, Object> before = token.historyState();
        history.updated(ENTITY, token.id(), before, after.historyState());
        return after;
    }

    private ApiToken existing(long id) {
        return tokens.find(id).orElseThrow(() -> new ConcurrentEditException(ENTITY, id));
    }
}
