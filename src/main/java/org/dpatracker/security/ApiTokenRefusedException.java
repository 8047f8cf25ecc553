package org.dpatracker.security;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that does not authenticate; its message is the problem detail the caller reads. */
final class ApiTokenRefusedException extends AuthenticationException {

    ApiTokenRefusedException(String message) {
        super(message);
    }
}
