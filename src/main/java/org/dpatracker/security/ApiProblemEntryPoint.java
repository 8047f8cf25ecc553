package org.dpatracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dpatracker.core.ProblemJson;
import org.dpatracker.security.sso.PasswordsTurnedOffException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an API call without valid credentials with 401 and an RFC 9457 problem detail that says what to
 * send: a personal access token, or (where it is allowed) a user name and password.
 */
final class ApiProblemEntryPoint implements AuthenticationEntryPoint {

    private final boolean basicEnabled;

    ApiProblemEntryPoint(boolean basicEnabled) {
        this.basicEnabled = basicEnabled;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dpa-tracker\"");
        if (basicEnabled) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dpa-tracker\"");
        }
        ProblemJson.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "Unauthorized",
                detail(request.getHeader(HttpHeaders.AUTHORIZATION), refused));
    }

    private String detail(String authorization, AuthenticationException refused) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && !basicEnabled) {
            return "Basic authentication with passwords is turned off for the API; send a personal access token"
                    + " as \"Authorization: Bearer dpat_...\".";
        }
        if (refused instanceof PasswordsTurnedOffException) {
            return "Users sign in through single sign-on, so passwords are turned off for the API; send a personal"
                    + " access token as \"Authorization: Bearer dpat_...\".";
        }
        if (refused instanceof ApiTokenRefusedException) {
            return refused.getMessage();
        }
        return basicEnabled
                ? "Send a personal access token (\"Authorization: Bearer dpat_...\") or a user name and password."
                : "Send a personal access token as \"Authorization: Bearer dpat_...\".";
    }
}
