package org.dpatracker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.history.ChangeEntry;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.history.Operation;
import org.dpatracker.security.Role;
import org.dpatracker.support.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

/** User management against a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class UserServiceContract {

    @Autowired
    UserService users;

    @Autowired
    ChangeHistoryService history;

    @Test
    @WithUserDetails("admin")
    void anAdministratorCreatesAUserAndTheHistoryRecordsIt() {
        String username = uniqueName();
        UserAccount created = users.create(draft(username, "long-enough-password", Role.DPO));

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.roles()).containsExactly(Role.DPO);
        List<ChangeEntry> entries =
                history.findPage(new ChangeFilter("user", String.valueOf(created.id()), null), 0, 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.operation()).isEqualTo(Operation.INSERT);
            assertThat(entry.changedBy()).isEqualTo("admin");
            assertThat(entry.afterState()).contains(username).contains("DPO").doesNotContain("bcrypt");
        });
    }

    @Test
    @WithUserDetails("admin")
    void invalidInputIsRefusedWithEveryReasonAndNothingIsSaved() {
        int usersBefore = users.count(null);
        int historyBefore = history.count(ChangeFilter.all());

        assertThatThrownBy(() ->
                        users.create(new UserDraft(null, null, "Bad Name", " ", "no-mail", "short", true, Set.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactlyInAnyOrder("username", "displayName", "email", "roles", "password"));

        assertThat(users.count(null)).isEqualTo(usersBefore);
        assertThat(history.count(ChangeFilter.all())).isEqualTo(historyBefore);
    }

    @Test
    @WithUserDetails("admin")
    void aTakenUsernameIsRefused() {
        assertThatThrownBy(() -> users.create(draft("dpo", "long-enough-password", Role.DPO)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("user.validation.username-taken"));
    }

    @Test
    @WithUserDetails("admin")
    void theSecondOfTwoConcurrentEditsIsRefusedAndOverwritesNothing() {
        UserAccount account = users.create(draft(uniqueName(), "long-enough-password", Role.AUDITOR));
        UserDraft first = withName(UserDraft.of(account), "First Editor's Name");
        UserDraft second = withName(UserDraft.of(account), "Second Editor's Name");

        users.update(first);

        assertThatThrownBy(() -> users.update(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(users.findPage(account.username(), 0, 1))
                .singleElement()
                .extracting(UserAccount::displayName)
                .isEqualTo("First Editor's Name");
    }

    @Test
    @WithUserDetails("admin")
    void aPasswordChangeIsRecordedWithoutThePassword() {
        UserAccount account = users.create(draft(uniqueName(), "long-enough-password", Role.MANAGER));
        users.changePassword(account.id(), account.version(), "another-long-password");

        ChangeEntry latest = history.findPage(new ChangeFilter("user", String.valueOf(account.id()), null), 0, 1)
                .getFirst();
        assertThat(latest.operation()).isEqualTo(Operation.UPDATE);
        assertThat(latest.afterState()).contains("\"passwordChanged\":true").doesNotContain("another-long-password");
    }

    @Test
    @WithUserDetails("admin")
    void theLastActiveAdministratorCannotBeDisabled() {
        UserAccount admin = users.findPage("admin", 0, 10).stream()
                .filter(account -> account.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        UserDraft disabled = new UserDraft(
                admin.id(),
                admin.version(),
                admin.username(),
                admin.displayName(),
                admin.email(),
                "",
                false,
                admin.roles());

        assertThatThrownBy(() -> users.update(disabled))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("user.validation.last-admin"));
        assertThat(users.findPage("admin", 0, 10))
                .filteredOn(UserAccount::username, "admin")
                .singleElement()
                .extracting(UserAccount::enabled)
                .isEqualTo(true);
    }

    @Test
    @WithUserDetails("auditor")
    void anAuditorCannotManageUsers() {
        assertThatThrownBy(() -> users.create(draft(uniqueName(), "long-enough-password", Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.findPage(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInCannotManageUsers() {
        assertThatThrownBy(() -> users.count(null)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theFirstAdministratorCanOnlyBeCreatedWhileThereIsNoUser() {
        assertThat(users.isEmpty()).isFalse();
        assertThatThrownBy(() -> users.createFirstAdmin(uniqueName(), "Intruder", "long-enough-password"))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("username"));
    }

    static UserDraft draft(String username, String password, Role role) {
        return new UserDraft(
                null, null, username, "Test " + username, username + "@example.org", password, true, EnumSet.of(role));
    }

    static String uniqueName() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static UserDraft withName(UserDraft draft, String displayName) {
        return new UserDraft(
                draft.id(),
                draft.version(),
                draft.username(),
                displayName,
                draft.email(),
                "",
                draft.enabled(),
                draft.roles());
    }
}
