package org.dpatracker.security.sso;

import org.springframework.security.authentication.AccountStatusException;

/** A password login in SSO-only mode by someone other than the break-glass administrator. */
public final class PasswordsTurnedOffException extends AccountStatusException {

    public PasswordsTurnedOffException() {
        super("Passwords are turned off: sign in through single sign-on");
    }
}
