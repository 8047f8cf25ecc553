package org.dpatracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import org.dpatracker.core.ProblemJson;
import org.dpatracker.core.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits on API calls: a body larger than the limit is refused with 413 before it is read whole; more calls per
 * minute than allowed, per user and per client address, get 429 with {@code Retry-After}.
 */
final class ApiLimits extends OncePerRequestFilter {

    private final long maxBody;
    private final RateLimiter perUser;
    private final RateLimiter perAddress;

    ApiLimits(long maxBody, RateLimiter perUser, RateLimiter perAddress) {
        this.maxBody = maxBody;
        this.perUser = perUser;
        this.perAddress = perAddress;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = perAddress.refusal(request.getRemoteAddr());
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (wait.isEmpty() && caller != null && caller.isAuthenticated()) {
            wait = perUser.refusal(caller.getName());
        }
        if (wait.isPresent()) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    String.valueOf(Math.max(1, wait.get().toSeconds())));
            ProblemJson.write(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests",
                    "Too many calls in a short time; repeat after the seconds in Retry-After.");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBody) {
            tooLarge(request, response);
            return;
        }
        if (declared < 0 && hasBody(request)) {
            // No length given (chunked): read at most one byte more than allowed to tell.
            InputStream in = request.getInputStream();
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (body.length > maxBody) {
                tooLarge(request, response);
                return;
            }
            chain.doFilter(new CachedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        ProblemJson.write(
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                "Request too large",
                "The request body may have at most " + maxBody + " bytes (dpa.api.max-request-size).");
    }
}
