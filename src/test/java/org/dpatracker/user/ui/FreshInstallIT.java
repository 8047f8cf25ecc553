package org.dpatracker.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.security.ui.LoginView;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.Refused;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** A production start on an empty database: no demo users, no default password, a first-run page. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:fresh-install;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class FreshInstallIT extends BrowserlessTest {

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void theFirstVisitorCreatesTheAdministratorOnceAndThereIsNoDefaultPassword() {
        assertThat(users.isEmpty()).isTrue();

        UI.getCurrent().navigate("login");
        assertThat(_find(LoginView.class)).isEmpty();
        FirstAdminView setup = _get(FirstAdminView.class);
        assertThat(setup.getElement().getTextRecursively()).doesNotContain("demo");

        _setValue(_get(TextField.class, spec -> spec.withLabel("User name")), "chief");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Chief Admin");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "a-strong-first-password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat password")), "a-strong-first-password");
        _click(_get(Button.class, spec -> spec.withText("Create administrator")));

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_get(LoginView.class).getElement().getTextRecursively()).doesNotContain("admin-demo");
        assertThat(userDetails.loadUserByUsername("chief").getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_USERS_MANAGE");
        assertThat(users.isEmpty()).isFalse();

        UI.getCurrent().navigate("setup");
        assertThat(_find(FirstAdminView.class)).isEmpty();
        assertThatThrownBy(() -> users.createFirstAdmin("second", "Second", "another-strong-password"))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("username"));
    }
}
