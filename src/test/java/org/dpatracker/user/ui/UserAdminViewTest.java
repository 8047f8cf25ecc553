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
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@H2Test
class UserAdminViewTest extends BrowserlessTest {

    @Autowired
    UserService users;

    @Autowired
    ChangeHistoryService history;

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

    @SuppressWarnings("unchecked")
    private static java.util.List<String> gridUsernames() {
        Grid<org.dpatracker.user.UserAccount> grid = _get(Grid.class);
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._get(grid, row).username())
                .toList();
    }
}
