package org.dpatracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call that carries {@code Authorization: Bearer <token>} with a personal access
 * token, for this request only (the API keeps no session). A token that does not authenticate is answered
 * with 401 at once. Guessed tokens (never issued) count, per client address, towards the same throttle as
 * failed logins; while an address is throttled its tokens are not looked up.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenCheck tokens;
    private final LoginThrottle throttle;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokenCheck tokens, LoginThrottle throttle, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = authorization.substring(BEARER.length()).trim();
        String client = "api-token@" + request.getRemoteAddr();
        if (throttle.isLocked(client)) {
            refuse(request, response, "Too many unknown tokens from this address; try again later.");
            return;
        }
        Optional<ApiTokenAuthentication> authenticated =
                tokens.wellFormed(token) ? tokens.authenticate(token) : Optional.empty();
        if (authenticated.isEmpty()) {
            if (!tokens.wellFormed(token) || !tokens.known(token)) {
                throttle.failed(client);
            }
            refuse(request, response, "The token is unknown, expired or revoked, or its user is disabled.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticated.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException, ServletException {
        SecurityContextHolder.clearContext();
        entryPoint.commence(request, response, new ApiTokenRefusedException(reason));
    }
}
