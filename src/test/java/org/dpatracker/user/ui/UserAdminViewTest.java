package org.dpatracker.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@H2Test
class UserAdminViewTest extends BrowserlessTest {

    @Autowired
    UserService users;

    @Autowired
    ChangeHistoryService history;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    org.dpatracker.security.LoginThrottle throttle;

    @BeforeEach
    void openAsAdministrator() {
        login("admin");
        UI.getCurrent().navigate(UserAdminView.class);
    }

    @Test
    void theAdministratorCreatesAUser() {
        String username = "new" + UUID.randomUUID().toString().substring(0, 6);
        int historyBefore = SystemAccess.call(() -> history.count(ChangeFilter.all()));

        _click(_get(Button.class, spec -> spec.withText("New user")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("User name")), username);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Nora Neu");
        _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel("E-mail")), "nora@example.org");
        _setValue(_get(dialog, PasswordField.class, spec -> spec.withLabel("Password")), "a-long-password");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        _setValue(roles, Set.of(Role.AUDITOR));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(users.findPage(username, 0, 10)).singleElement().satisfies(account -> {
            assertThat(account.displayName()).isEqualTo("Nora Neu");
            assertThat(account.roles()).containsExactly(Role.AUDITOR);
        });
        assertThat(gridUsernames()).contains(username);
        assertThat(SystemAccess.call(() -> history.count(ChangeFilter.all()))).isEqualTo(historyBefore + 1);
    }

    @Test
    void aWeakPasswordIsShownAtTheFieldAndNothingIsSaved() {
        int before = users.count(null);

        _click(_get(Button.class, spec -> spec.withText("New user")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("User name")), "weakling");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Weak Ling");
        PasswordField password = _get(dialog, PasswordField.class, spec -> spec.withLabel("Password"));
        _setValue(password, "short");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        _setValue(roles, Set.of(Role.DPO));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password needs at least 12 characters.");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(users.count(null)).isEqualTo(before);
    }

    @Test
    void theAdministratorSetsANewPasswordAfterAWeakOneWasMarkedAtTheField() {
        String username = "pw" + UUID.randomUUID().toString().substring(0, 6);
        UserAccount account = users.create(new UserDraft(
                null,
                null,
                username,
                "Paula Wort",
                "paula@example.org",
                "the-first-long-password",
                true,
                Set.of(Role.AUDITOR)));
        new PasswordDialog(users, account, changed -> {}).open();
        Dialog dialog = _get(Dialog.class);
        PasswordField password = _get(dialog, PasswordField.class, spec -> spec.withId("user-new-password"));
        _setValue(password, "short");
        _click(_get(dialog, Button.class, spec -> spec.withId("user-password-save")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password needs at least 12 characters.");
        assertThat(passwordOf(username))
                .satisfies(hash -> assertThat(encoder.matches("the-first-long-password", hash))
                        .isTrue());

        _setValue(password, "the-second-long-password");
        _click(_get(dialog, Button.class, spec -> spec.withId("user-password-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(encoder.matches("the-second-long-password", passwordOf(username)))
                .isTrue();
        assertThat(users.findPage(username, 0, 1).getFirst().version()).isGreaterThan(account.version());
    }

    @Test
    void aNameLockedAfterFailedLoginsIsShownAndTheAdministratorUnlocksIt() {
        UserAccount account = org.dpatracker.support.SignedIn.newUser(users, Role.DPO);
        for (int i = 0; i < 5; i++) {
            throttle.failed(account.username());
        }
        assertThat(throttle.isLocked(account.username())).isTrue();
        UI.getCurrent().navigate(UserAdminView.class);
        _setValue(_get(org.dpatracker.core.ui.SearchField.class), account.username());

        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = _get(Grid.class);
        Button unlock = (Button) GridKt._getCellComponent(grid, 0, "locked");
        assertThat(unlock.getText()).startsWith("Locked until");
        _click(unlock);

        assertThat(throttle.isLocked(account.username())).isFalse();
        assertThat(GridKt._getCellComponent(grid, 0, "locked")).isNotInstanceOf(Button.class);
        assertThat(SystemAccess.call(() -> history.count(new ChangeFilter("login-lock", account.username(), null))))
                .isEqualTo(1);
        login("dpo");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.unlock(account))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private String passwordOf(String username) {
        return userDetails.loadUserByUsername(username).getPassword();
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> gridUsernames() {
        Grid<org.dpatracker.user.UserAccount> grid = _get(Grid.class);
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._get(grid, row).username())
                .toList();
    }
}
