package org.dpatracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.dpatracker.api.IdempotentRequestRepository.StoredAnswer;
import org.dpatracker.core.ProblemJson;
import org.dpatracker.core.Sha256;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST to the API: the first request with a key runs; a repeat by the same user with
 * the same key and the same request (method, path, query and body) gets the first answer again, marked
 * {@code Idempotent-Replayed: true}, and changes nothing. The same key with another request is 422, a repeat
 * while the first still runs 409. Answers are kept for a day; a server error frees the key for a retry.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final Duration KEPT = Duration.ofHours(24);
    /** A request claimed this long ago without an answer died with its node; its key is free again. */
    private static final Duration ABANDONED = Duration.ofMinutes(5);

    private final IdempotentRequestRepository requests;
    private final Clock clock;

    IdempotencyFilter(IdempotentRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > 255) {
            ProblemJson.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "Invalid Idempotency-Key",
                    "The Idempotency-Key header must have 1 to 255 characters.");
            return;
        }
        CachedBodyRequest cached =
                new CachedBodyRequest(request, request.getInputStream().readAllBytes());
        String hash = Sha256.hex(request.getMethod() + " " + request.getRequestURI() + "?"
                + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n"
                + new String(cached.body(), StandardCharsets.UTF_8));
        String user = caller.getName();
        Instant now = clock.instant();
        if (!requests.claim(user, key, hash, now)) {
            Optional<StoredAnswer> earlier = requests.find(user, key);
            if (earlier.isPresent() && !stale(earlier.get(), now)) {
                replay(earlier.get(), hash, request, response);
                return;
            }
            requests.release(user, key);
            if (!requests.claim(user, key, hash, now)) {
                ProblemJson.write(
                        request,
                        response,
                        HttpStatus.CONFLICT,
                        "Request in progress",
                        "A request with this Idempotency-Key is still running; repeat it later.");
                return;
            }
        }
        run(cached, response, chain, user, key);
    }

    private void run(
            CachedBodyRequest request, HttpServletResponse response, FilterChain chain, String user, String key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean answered = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() < 500) {
                requests.answer(
                        user,
                        key,
                        new StoredAnswer(
                                null,
                                null,
                                recorded.getStatus(),
                                recorded.getHeader(HttpHeaders.LOCATION),
                                recorded.getContentType(),
                                new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8)));
                answered = true;
            }
        } finally {
            if (!answered) {
                requests.release(user, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static boolean stale(StoredAnswer earlier, Instant now) {
        Instant created = earlier.createdAt();
        return created.isBefore(now.minus(KEPT))
                || (earlier.status() == null && created.isBefore(now.minus(ABANDONED)));
    }

    private static void replay(
            StoredAnswer earlier, String hash, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            ProblemJson.write(
                    request,
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request.");
            return;
        }
        if (earlier.status() == null) {
            ProblemJson.write(
                    request,
                    response,
                    HttpStatus.CONFLICT,
                    "Request in progress",
                    "A request with this Idempotency-Key is still running; repeat it later.");
            return;
        }
        response.setStatus(earlier.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (earlier.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, earlier.location());
        }
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        if (earlier.body() != null) {
            response.getOutputStream().write(earlier.body().getBytes(StandardCharsets.UTF_8));
        }
    }
}
