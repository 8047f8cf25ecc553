package org.dpatracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dpatracker.history.ChangeEntry;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.ProviderLogin;
import org.dpatracker.support.SignedIn;
import org.dpatracker.support.TestIdentityProvider;
import org.dpatracker.support.TestIdentityProvider.Person;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-ins through a real OpenID provider, over HTTP, with accounts created on first sign-in and roles from the
 * provider's "groups" claim.
 */
@H2Test
class SsoLoginTest {

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry properties) {
        properties.add("dpa.sso.issuer-uri", () -> TestIdentityProvider.shared().issuer());
        properties.add("dpa.sso.client-id", () -> TestIdentityProvider.CLIENT_ID);
        properties.add("dpa.sso.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        properties.add("dpa.sso.groups.dpo", () -> "privacy-team");
        properties.add("dpa.sso.groups.manager", () -> "purchasing, board");
        properties.add("dpa.sso.create-users", () -> "true");
        properties.add("dpa.sso.break-glass-user", () -> "admin");
    }

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ChangeHistoryService history;

    @Autowired
    UserDetailsService directory;

    final TestIdentityProvider provider = TestIdentityProvider.shared();

    String app;

    @BeforeEach
    void allowThisApp() {
        app = "http://localhost:" + port;
        provider.allowApp(app);
    }

    @Test
    void aFirstSignInCreatesTheAccountWithTheRoleOfTheGroupAndRecordsIt() throws Exception {
        Person dana = provider.addPerson(unique("dana") + "@corp.example", "Dana Privacy", "privacy-team", "staff");

        assertThat(new ProviderLogin().signIn(app, dana)).isEqualTo("/");

        UserAccount account = accountWithEmail(dana.email());
        assertThat(account.roles()).containsExactly(Role.DPO);
        assertThat(account.displayName()).isEqualTo("Dana Privacy");
        assertThat(account.username()).isEqualTo(dana.username());
        List<ChangeEntry> entries = historyOf(account);
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().changedBy()).isEqualTo(account.username());
        assertThat(entries.getFirst().afterState()).contains("single sign-on", "DPO");
    }

    @Test
    void rolesFollowTheGroupsAtEverySignIn() throws Exception {
        Person max = provider.addPerson(unique("max") + "@corp.example", "Max Buyer", "purchasing");
        assertThat(new ProviderLogin().signIn(app, max)).isEqualTo("/");
        assertThat(accountWithEmail(max.email()).roles()).containsExactly(Role.MANAGER);

        Person moved = provider.regroup(max, "privacy-team", "board");
        assertThat(new ProviderLogin().signIn(app, moved)).isEqualTo("/");

        UserAccount account = accountWithEmail(max.email());
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.DPO, Role.MANAGER);
        assertThat(historyOf(account)).hasSize(2);
    }

    @Test
    void anExistingAccountIsFoundByItsEmailAddressWhateverTheCase() throws Exception {
        UserAccount local = SignedIn.newUser(users, Role.AUDITOR);
        Person same = provider.addPerson(local.email().toUpperCase(), "Same Person", "purchasing");

        assertThat(new ProviderLogin().signIn(app, same)).isEqualTo("/");

        UserAccount after =
                SystemAccess.call(() -> users.findPage(local.username(), 0, 5)).getFirst();
        assertThat(after.id()).isEqualTo(local.id());
        assertThat(after.roles()).containsExactly(Role.MANAGER);
    }

    @Test
    void aDisabledAccountStaysRefused() throws Exception {
        UserAccount local = SignedIn.newUser(users, Role.DPO);
        SystemAccess.run(() -> users.update(new UserDraft(
                local.id(),
                local.version(),
                local.username(),
                local.displayName(),
                local.email(),
                "",
                false,
                local.roles())));
        Person same = provider.addPerson(local.email(), "Disabled Person", "privacy-team");

        assertThat(new ProviderLogin().signIn(app, same)).isEqualTo("/login?error");
    }

    @Test
    void someoneInNoMappedGroupGetsNoAccount() throws Exception {
        Person guest = provider.addPerson(unique("guest") + "@corp.example", "Guest", "visitors");

        assertThat(new ProviderLogin().signIn(app, guest)).isEqualTo("/login?error");
        assertThat(SystemAccess.call(() -> users.findPage(guest.email(), 0, 5))).isEmpty();
    }

    @Test
    void aSecondIdentityWithTheSameAddressIsRefusedAndTheFirstKeepsTheAccount() throws Exception {
        String email = unique("shared") + "@corp.example";
        Person first = provider.addPerson(email, "First Person", "privacy-team");
        assertThat(new ProviderLogin().signIn(app, first)).isEqualTo("/");
        Person second = provider.addPerson(email, "Second Person", "board");

        assertThat(new ProviderLogin().signIn(app, second)).isEqualTo("/login?error");

        UserAccount account = accountWithEmail(email);
        assertThat(account.displayName()).isEqualTo("First Person");
        assertThat(account.roles()).containsExactly(Role.DPO);
        assertThat(new ProviderLogin().signIn(app, first)).isEqualTo("/");
    }

    @Test
    void theBreakGlassAdministratorCannotBeTakenOverThroughTheProvider() throws Exception {
        UserAccount admin = SystemAccess.call(() -> users.findPage("admin", 0, 50)).stream()
                .filter(user -> user.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        Person impostor = provider.addPerson(admin.email(), "Not The Admin", "privacy-team");

        assertThat(new ProviderLogin().signIn(app, impostor)).isEqualTo("/login?error");

        UserAccount after = SystemAccess.call(() -> users.findPage("admin", 0, 50)).stream()
                .filter(user -> user.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        assertThat(after.roles()).isEqualTo(admin.roles());
        assertThat(after.version()).isEqualTo(admin.version());
    }

    @Test
    void anAdministratorSeesTheLinkAndEndsItAndTheNextSignInLinksAgainByAddress() throws Exception {
        Person lea = provider.addPerson(unique("lea") + "@corp.example", "Lea Linked", "privacy-team");
        assertThat(new ProviderLogin().signIn(app, lea)).isEqualTo("/");
        UserAccount account = accountWithEmail(lea.email());
        assertThat(SystemAccess.call(() -> users.singleSignOnOf(account))).contains(provider.issuer());
        UserAccount dpo = SignedIn.newUser(users, Role.DPO);
        assertThatThrownBy(() -> SignedIn.as(directory, dpo.username(), () -> {
                    users.unlinkSingleSignOn(account);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);

        SystemAccess.run(() -> users.unlinkSingleSignOn(account));

        assertThat(SystemAccess.call(() -> users.singleSignOnOf(account))).isEmpty();
        assertThat(historyOf(account).getFirst().afterState()).contains("singleSignOnEndedFor", provider.issuer());
        assertThat(new ProviderLogin().signIn(app, lea)).isEqualTo("/");
        assertThat(accountWithEmail(lea.email()).id()).isEqualTo(account.id());
        assertThat(SystemAccess.call(() -> users.singleSignOnOf(account))).contains(provider.issuer());
        assertThat(SystemAccess.call(history::verify).rowMismatches())
                .as("linking, unlinking and relinking are all in the history: the row matches its last entry")
                .noneMatch(mismatch ->
                        mismatch.entity().equals("user") && mismatch.id().equals(String.valueOf(account.id())));
    }

    private UserAccount accountWithEmail(String email) {
        List<UserAccount> found = SystemAccess.call(() -> users.findPage(email, 0, 5));
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private List<ChangeEntry> historyOf(UserAccount account) {
        return SystemAccess.call(
                () -> history.findPage(new ChangeFilter("user", String.valueOf(account.id()), null), 0, 10));
    }

    private static String unique(String name) {
        return name + System.nanoTime() % 1_000_000;
    }
}
