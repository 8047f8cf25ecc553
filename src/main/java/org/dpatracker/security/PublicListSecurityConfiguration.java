package org.dpatracker.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Our published sub-processor list under /public, for anonymous visitors: no login, no session, no cookie,
 * rate-limited per client address. CSRF protection is off for this path only: without a session or cookie
 * there is nothing a forged request could ride on; the subscription form only sends a confirmation mail
 * (double opt-in, and rate-limited), and confirming or leaving needs the secret token from the mail. The
 * browser may cache the documents (the controller sets Cache-Control), so the default no-cache headers are off.
 */
@Configuration
class PublicListSecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'none'",
            "style-src 'unsafe-inline'",
            "img-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'");

    @Bean
    @Order(3)
    SecurityFilterChain publicListSecurityFilterChain(
            HttpSecurity http,
            Clock clock,
            @Value("${dpa.public-list.rate-limit.requests-per-minute:120}") int readsPerMinute,
            @Value("${dpa.public-list.rate-limit.subscriptions-per-hour:10}") int writesPerHour)
            throws Exception {
        RateLimitFilter limit = new RateLimitFilter(
                new RateLimit(readsPerMinute, Duration.ofMinutes(1), clock),
                new RateLimit(writesPerHour, Duration.ofHours(1), clock));
        return http.securityMatcher("/public/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(limit, SecurityContextHolderFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }
}
