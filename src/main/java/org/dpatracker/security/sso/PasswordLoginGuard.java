package org.dpatracker.security.sso;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * In SSO-only mode, refuses a user name and password (login form and HTTP Basic) before any look-up, except for
 * the break-glass administrator, whose password is then checked as always. Asked before the password check; it
 * never authenticates anybody itself.
 */
public final class PasswordLoginGuard implements AuthenticationProvider {

    private final SsoSettings settings;

    public PasswordLoginGuard(SsoSettings settings) {
        this.settings = settings;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (settings.refusesPasswordOf(authentication.getName())) {
            throw new PasswordsTurnedOffException();
        }
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
