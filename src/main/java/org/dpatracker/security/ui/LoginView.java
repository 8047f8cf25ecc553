package org.dpatracker.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.dpatracker.core.ui.LanguageSwitch;
import org.dpatracker.security.LoginHints;
import org.dpatracker.security.UserDirectory;
import org.dpatracker.security.sso.SsoLogin;
import org.dpatracker.security.sso.SsoLoginErrors;
import org.dpatracker.security.sso.SsoSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The login page: the password form and, where single sign-on is configured, a button to the provider; in demo
 * mode it also lists the demo users and their passwords.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserDirectory users;
    private final LoginForm form = new LoginForm();

    LoginView(UserDirectory users, ObjectProvider<LoginHints> hints, SsoSettings sso) {
        this.users = users;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.START);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(loginTexts(null));

        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")));
        if (sso.enabled()) {
            add(new SsoButton(sso));
        }
        if (sso.enabled() && sso.only()) {
            Paragraph breakGlass = new Paragraph(getTranslation("login.sso.only-hint"));
            breakGlass.setId("sso-only-hint");
            add(breakGlass);
        }
        add(form, new LanguageSwitch());
        hints.ifAvailable(available -> add(new DemoCredentialsBox(available)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (users.isEmpty()) {
            event.forwardTo("setup");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure =
                    VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String message = SsoLoginErrors.messageKey(failure)
                    .orElse(failure instanceof LockedException ? "login.error.locked" : "login.error.message");
            form.setI18n(loginTexts(message));
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }

    private LoginI18n loginTexts(String errorMessageKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorMessageKey == null ? "login.error.message" : errorMessageKey));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    /** A plain link, not a route: the browser leaves the app for the provider. */
    private static final class SsoButton extends Anchor {
        SsoButton(SsoSettings sso) {
            super(SsoLogin.startAddress(), "");
            setId("sso-login");
            setRouterIgnore(true);
            Button button = new Button(getTranslation("login.sso.button", sso.providerName()));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setWidthFull();
            add(button);
            setWidth("min(100%, 20rem)");
        }
    }

    /** Demo mode only: who can log in, so that a first look needs no setup. */
    private static final class DemoCredentialsBox extends Div {
        DemoCredentialsBox(LoginHints hints) {
            addClassName("demo-credentials");
            add(new Paragraph(getTranslation("login.demo.intro")));
            hints.credentials()
                    .forEach(credential -> add(new Paragraph(getTranslation(
                            "login.demo.user",
                            credential.username(),
                            credential.password(),
                            getTranslation("role." + credential.role())))));
        }
    }
}
