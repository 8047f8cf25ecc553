package org.dpatracker.user;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.history.IdWrite;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.LoginThrottle;
import org.dpatracker.security.Permission;
import org.dpatracker.security.Role;
import org.dpatracker.security.UserDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and disabling users; every change lands in the change history. */
@Service
public class UserService implements UserDirectory {

    static final String ENTITY = "user";
    static final String LOCK = "login-lock";
    /** Added to an entry to say the password was changed (the history never holds the hash). */
    static final String PASSWORD_CHANGED = "passwordChanged";

    /** Added to an entry to say the account's link to this provider's identity was ended. */
    static final String SINGLE_SIGN_ON_ENDED = "singleSignOnEndedFor";

    /** Added to an entry to say the change came with a sign-in through the provider. */
    static final String SIGNED_IN_VIA = "signedInVia";

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ChangeRecorder history;
    private final Clock clock;
    private final LoginThrottle throttle;

    UserService(
            UserRepository repository,
            PasswordEncoder passwordEncoder,
            ChangeRecorder history,
            Clock clock,
            LoginThrottle throttle) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.history = history;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** Until when the user's name is locked after repeated failed logins, while it is. */
    @RolesAllowed(Permission.Names.USERS_MANAGE)
    public Optional<java.time.Instant> lockedUntil(UserAccount account) {
        return throttle.lockedUntil(account.username());
    }

    /** Lifts the lock after failed logins before it ends; recorded in the change history. */
    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional
    public void unlock(UserAccount account) {
        throttle.lockedUntil(account.username()).ifPresent(until -> {
            throttle.unlock(account.username());
            history.deleted(LOCK, account.username(), Map.of("lockedUntil", until.toString()));
        });
    }

    /** The identity provider the account signs in through, once its user has signed in there. */
    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional(readOnly = true)
    public Optional<String> singleSignOnOf(UserAccount account) {
        return repository.ssoIssuerOf(account.id());
    }

    /**
     * Ends the link to the provider's identity, e.g. when the person behind it changed: the next sign-in through the
     * provider finds the account by its e-mail address again. Recorded in the change history.
     */
    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional
    public void unlinkSingleSignOn(UserAccount account) {
        repository.ssoIssuerOf(account.id()).ifPresent(issuer -> {
            UserAccount before = repository.findById(account.id()).orElseThrow();
            repository.unlinkSsoIdentity(account.id());
            Map<String, Object> after = new LinkedHashMap<>(
                    repository.findById(account.id()).orElseThrow().historyState());
            after.put(SINGLE_SIGN_ON_ENDED, issuer);
            history.updated(ENTITY, account.id(), before.historyState(), after);
        });
    }

    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional(readOnly = true)
    public List<UserAccount> findPage(String filter, int offset, int limit) {
        return repository.findPage(filter, offset, limit);
    }

    /** Every user who may sign in, e.g. to be reminded of their deadlines. */
    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional(readOnly = true)
    public List<UserAccount> enabledAccounts() {
        return repository.findEnabled();
    }

    /** The account with this id if it may sign in, e.g. to serve its calendar feed. */
    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional(readOnly = true)
    public Optional<UserAccount> enabledAccount(long id) {
        return repository.findById(id).filter(UserAccount::enabled);
    }

    /** The signed-in user's own account. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<UserAccount> ownAccount() {
        return CurrentUser.principal().flatMap(principal -> repository.findById(principal.id()));
    }

    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional(readOnly = true)
    public int count(String filter) {
        return repository.count(filter);
    }

    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional
    public UserAccount create(UserDraft draft) {
        Validation validation = new Validation();
        UserRules.checkUser(validation, draft);
        UserRules.checkPassword(validation, draft.username(), draft.password());
        validation.throwIfInvalid();
        return insert(draft);
    }

    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional
    public UserAccount update(UserDraft draft) {
        Validation validation = new Validation();
        UserRules.checkUser(validation, draft);
        validation.require(!draft.isNew() && draft.version() != null, "id", "validation.required");
        validation.throwIfInvalid();
        return history.save(ENTITY, draft.id(), write(draft, before -> {
            new Validation()
                    .require(before.username().equals(draft.username()), "username", "user.validation.username-fixed")
                    .throwIfInvalid();
            boolean updated = repository.update(draft);
            if (updated) {
                keepAnAdministrator();
            }
            return updated;
        }));
    }

    @RolesAllowed(Permission.Names.USERS_MANAGE)
    @Transactional
    public UserAccount changePassword(long id, int version, String newPassword) {
        UserAccount before = repository.findById(id).orElseThrow(() -> new ConcurrentEditException(ENTITY, id));
        Validation validation = new Validation();
        UserRules.checkPassword(validation, before.username(), newPassword);
        validation.throwIfInvalid();
        if (!repository.updatePassword(id, version, passwordEncoder.encode(newPassword))) {
            throw new ConcurrentEditException(ENTITY, id);
        }
        UserAccount after = repository.findById(id).orElseThrow();
        Map<String, Object> afterState = new LinkedHashMap<>(after.historyState());
        afterState.put(PASSWORD_CHANGED, true);
        history.updated(ENTITY, id, before.historyState(), afterState);
        return after;
    }

    /** Any signed-in user may choose their own language. */
    @PermitAll
    @Transactional
    public void changeOwnLocale(Locale locale) {
        long id = CurrentUser.id();
        UserAccount before = repository.findById(id).orElseThrow();
        repository.updateLocale(id, locale);
        history.updated(
                ENTITY,
                id,
                before.historyState(),
                repository.findById(id).orElseThrow().historyState());
    }

    /** Open to everybody, but only while there is no user at all: the first administrator. */
    @Transactional
    public synchronized UserAccount createFirstAdmin(String username, String displayName, String password) {
        if (!repository.isEmpty()) {
            throw new InvalidInputException("username", "setup.validation.done");
        }
        UserDraft draft = new UserDraft(null, null, username, displayName, "", password, true, EnumSet.of(Role.ADMIN));
        Validation validation = new Validation();
        UserRules.checkUser(validation, draft);
        UserRules.checkPassword(validation, username, password);
        validation.throwIfInvalid();
        return insert(draft);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return repository.isEmpty();
    }

    private UserAccount insert(UserDraft draft) {
        new Validation()
                .require(
                        !repository.usernameTaken(draft.username(), null), "username", "user.validation.username-taken")
                .throwIfInvalid();
        return history.save(ENTITY, null, write(draft, before -> false));
    }

    /** How a user is written: inserted with the hash of the entered password, or updated as {@code update} does. */
    private IdWrite<UserAccount> write(UserDraft draft, Predicate<UserAccount> update) {
        return new IdWrite<>(
                () -> repository.insert(
                        draft, passwordEncoder.encode(draft.password()), Locale.ENGLISH, clock.instant()),
                update,
                repository::findById,
                UserAccount::historyState);
    }

    /** Refuses a change that would leave nobody able to manage users. */
    private void keepAnAdministrator() {
        if (repository.countEnabledWithRole(Role.ADMIN) == 0) {
            throw new InvalidInputException("roles", "user.validation.last-admin");
        }
    }
}
