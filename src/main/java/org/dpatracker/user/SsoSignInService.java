package org.dpatracker.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.security.AppUserPrincipal;
import org.dpatracker.security.Role;
import org.dpatracker.security.sso.SsoAccounts;
import org.dpatracker.security.sso.SsoIdentity;
import org.dpatracker.security.sso.SsoRefusedException;
import org.dpatracker.security.sso.SsoRefusedException.Reason;
import org.dpatracker.security.sso.SsoSettings;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local account of a user who signed in through single sign-on. Open to everybody, as a login is: the provider
 * has vouched for the identity. Creating an account, linking it to the identity and changing its roles are
 * recorded in the change history under the user's own name.
 */
@Service
class SsoSignInService implements SsoAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ChangeRecorder history;
    private final Clock clock;

    SsoSignInService(UserRepository repository, PasswordEncoder passwordEncoder, ChangeRecorder history, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.history = history;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AppUserPrincipal signIn(SsoIdentity identity, SsoSettings settings) {
        Optional<UserAccount> linked = repository.findBySsoIdentity(identity.issuer(), identity.subject());
        Optional<UserAccount> account = linked.isPresent() ? linked : byEmail(identity);
        long id = account.map(existing -> update(existing, linked.isEmpty(), identity, settings))
                .orElseGet(() -> create(identity, settings));
        return repository.findCredentials(id).orElseThrow().principal(false);
    }

    /** Only a verified address matches, and only an account not linked to another identity. */
    private Optional<UserAccount> byEmail(SsoIdentity identity) {
        if (identity.email() == null || identity.email().isBlank() || !identity.emailVerified()) {
            return Optional.empty();
        }
        List<UserRepository.EmailOwner> owners = repository.findByEmail(identity.email());
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        if (owners.size() > 1 || owners.getFirst().linkedToAnotherThan(identity.issuer(), identity.subject())) {
            throw new SsoRefusedException(Reason.AMBIGUOUS);
        }
        return repository.findById(owners.getFirst().id());
    }

    private long update(UserAccount before, boolean link, SsoIdentity identity, SsoSettings settings) {
        if (settings.isBreakGlass(before.username())) {
            throw new SsoRefusedException(Reason.BREAK_GLASS);
        }
        if (!before.enabled()) {
            throw new SsoRefusedException(Reason.DISABLED);
        }
        Set<Role> roles = identity.roles().orElse(before.roles());
        if (roles.isEmpty()) {
            throw new SsoRefusedException(Reason.NO_ROLE);
        }
        if (link || !roles.equals(before.roles())) {
            actingAs(before.username(), () -> {
                if (link) {
                    repository.linkSsoIdentity(before.id(), identity.issuer(), identity.subject());
                }
                repository.updateRoles(before.id(), roles);
                Map<String, Object> after = new LinkedHashMap<>(
                        repository.findById(before.id()).orElseThrow().historyState());
                after.put(UserService.SIGNED_IN_VIA, "single sign-on");
                history.updated(UserService.ENTITY, before.id(), before.historyState(), after);
                return null;
            });
        }
        return before.id();
    }

    private long create(SsoIdentity identity, SsoSettings settings) {
        if (!settings.createUsers()) {
            throw new SsoRefusedException(Reason.NO_ACCOUNT);
        }
        Set<Role> roles = identity.roles()
                .filter(granted -> !granted.isEmpty())
                .orElseThrow(() -> new SsoRefusedException(Reason.NO_ROLE));
        String username = SsoUsername.choose(
                identity.preferredUsername(),
                identity.email(),
                identity.subject(),
                name -> repository.usernameTaken(name, null));
        String email = UserRules.isValidEmail(identity.email()) ? identity.email() : "";
        UserDraft draft = new UserDraft(null, null, username, displayName(identity, username), email, "", true, roles);
        return actingAs(username, () -> {
            // Nobody knows this password: the account signs in through the provider until an administrator sets one.
            long id = repository.insert(draft, passwordEncoder.encode(unguessable()), Locale.ENGLISH, clock.instant());
            repository.linkSsoIdentity(id, identity.issuer(), identity.subject());
            Map<String, Object> after =
                    new LinkedHashMap<>(repository.findById(id).orElseThrow().historyState());
            after.put(UserService.SIGNED_IN_VIA, "single sign-on");
            history.inserted(UserService.ENTITY, id, after);
            return id;
        });
    }

    private static String displayName(SsoIdentity identity, String username) {
        String name = identity.displayName() != null && !identity.displayName().isBlank()
                ? identity.displayName().trim()
                : username;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String unguessable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    /** The history names who changed a row; during their own sign-in that is the user. */
    private static <T> T actingAs(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
