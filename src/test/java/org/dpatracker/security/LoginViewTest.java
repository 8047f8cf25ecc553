package org.dpatracker.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.dpatracker.security.ui.LoginView;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@H2Test
class LoginViewTest extends BrowserlessTest {

    @Test
    void aLockedOutLoginIsToldWhy() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("locked"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(shownTexts(form)).contains("Too many failed attempts");
    }

    @Test
    void aWrongPasswordGetsTheGeneralMessage() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("bad"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(shownTexts(_get(LoginForm.class)))
                .contains("Check your user name and password and try again.")
                .doesNotContain("Too many failed attempts");
    }

    @Test
    void theDemoRunShowsTheDemoUsers() {
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginView.class).getElement().getTextRecursively())
                .contains(
                        "admin / admin-demo-2026",
                        "dpo / dpo-demo-2026",
                        "auditor / auditor-demo-2026",
                        "manager / manager-demo-2026");
    }

    /** The texts the login form hands to the browser (its i18n property). */
    private static String shownTexts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
