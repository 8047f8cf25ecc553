package org.dpatracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 Too Many Requests with Retry-After (whole seconds) once a client address exceeds its limit:
 * one for reading and a stricter one for the subscription form, which sends mail. Confirming and leaving
 * need a token from a mail and count as reading.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final String SUBSCRIBE = "/subscribe";

    private final RateLimit reads;
    private final RateLimit writes;

    RateLimitFilter(RateLimit reads, RateLimit writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean sendsMail =
                "POST".equals(request.getMethod()) && request.getRequestURI().endsWith(SUBSCRIBE);
        RateLimit limit = sendsMail ? writes : reads;
        Optional<Duration> wait = limit.acquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write("Too many requests. Try again in " + seconds + " s.");
            return;
        }
        chain.doFilter(request, response);
    }
}
