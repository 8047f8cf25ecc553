package org.dpatracker.api;

import java.time.Clock;
import java.time.Duration;
import org.dpatracker.core.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.unit.DataSize;

/**
 * Limits and idempotent POSTs on the API. The filter runs after Spring Security (order -100), so it knows the caller, and
 * keys are per user: two scripts of different users cannot collide.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    private final IdempotentRequestRepository requests;
    private final Clock clock;

    IdempotencyConfiguration(IdempotentRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter() {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(requests, clock));
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(0);
        return registration;
    }

    /** Size and rate limits run before the idempotency filter, so a refused call claims no key. */
    @Bean
    FilterRegistrationBean<ApiLimits> apiLimits(
            @Value("${dpa.api.max-request-size:10MB}") DataSize maxBody,
            @Value("${dpa.api.rate-limit.per-user-per-minute:600}") int perUser,
            @Value("${dpa.api.rate-limit.per-address-per-minute:0}") int perAddress) {
        FilterRegistrationBean<ApiLimits> registration = new FilterRegistrationBean<>(new ApiLimits(
                maxBody.toBytes(),
                new RateLimiter(perUser, Duration.ofMinutes(1), clock),
                new RateLimiter(perAddress, Duration.ofMinutes(1), clock)));
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(-10);
        return registration;
    }

    /** Every node may run it: deleting the same old rows twice does no harm. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldKeys() {
        requests.forgetBefore(clock.instant().minus(IdempotencyFilter.KEPT));
    }
}
