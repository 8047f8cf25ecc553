package org.dpatracker.security.sso;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** The translation key of the login page's message for a failed sign-in that concerns single sign-on. */
public final class SsoLoginErrors {

    private static final String OAUTH2_PACKAGE = "org.springframework.security.oauth2.";

    private SsoLoginErrors() {}

    public static Optional<String> messageKey(Object failure) {
        if (failure instanceof PasswordsTurnedOffException) {
            return Optional.of("login.sso.passwords-off");
        }
        if (failure instanceof OAuth2AuthenticationException refused) {
            String code = refused.getError().getErrorCode();
            return Optional.of(
                    code.startsWith(SsoUserService.ERROR_PREFIX)
                            ? "login.sso.refused."
                                    + code.substring(SsoUserService.ERROR_PREFIX.length())
                                            .toLowerCase(Locale.ROOT)
                            : "login.sso.failed");
        }
        if (failure instanceof AuthenticationException
                && failure.getClass().getName().startsWith(OAUTH2_PACKAGE)) {
            return Optional.of("login.sso.failed");
        }
        return Optional.empty();
    }
}
