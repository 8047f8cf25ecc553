package org.dpatracker.security.sso;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Adds single sign-on to the web security when an issuer is configured: the OpenID Connect login next to the
 * password form, the logout at the provider for users who signed in there, and in SSO-only mode the refusal of
 * passwords. Without an issuer it changes nothing.
 */
@Component
@EnableConfigurationProperties(SsoSettings.class)
public class SsoLogin {

    private final SsoSettings settings;
    private final SsoAccounts accounts;
    private final SsoClientRegistrations registrations;

    SsoLogin(SsoSettings settings, SsoAccounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
        this.registrations = new SsoClientRegistrations(settings);
    }

    /** The address the login page's button leads to. */
    public static String startAddress() {
        return "oauth2/authorization/" + SsoClientRegistrations.REGISTRATION_ID;
    }

    /** The browser's login: form and provider on the login view; the logout ends the provider's session too. */
    public void configure(HttpSecurity http, VaadinSecurityConfigurer vaadin, String loginPath) {
        guardPasswords(http);
        if (!settings.enabled()) {
            return;
        }
        http.oauth2Login(login -> login.loginPage(loginPath)
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SsoUserService(accounts, settings)))
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    // A provider that cannot be reached sends the user back to the login page, not to an error.
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(
                                new SimpleUrlAuthenticationFailureHandler(loginPath + "?error"));
                        return filter;
                    }
                }));
        // Form users go where Vaadin sends them after a logout; SSO users first to the provider's logout.
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setRedirectStrategy(new UidlRedirectStrategy());
        logout.setPostLogoutRedirectUri("{baseUrl}" + loginPath);
        logout.setDefaultTargetUrl("/");
        vaadin.logoutSuccessHandler(logout);
    }

    /** In SSO-only mode, user name and password (form or HTTP Basic) only for the break-glass administrator. */
    public void guardPasswords(HttpSecurity http) {
        if (settings.enabled() && settings.only()) {
            http.authenticationProvider(new PasswordLoginGuard(settings));
        }
    }
}
