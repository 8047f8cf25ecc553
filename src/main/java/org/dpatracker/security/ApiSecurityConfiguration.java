package org.dpatracker.security;

import org.dpatracker.security.sso.SsoLogin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The REST API under /api/v1 and its OpenAPI description (for signed-in callers; to anyone with
 * {@code dpa.api.docs-public=true}): personal access tokens
 * ({@code Authorization: Bearer dpat_...}) and, unless {@code dpa.api.basic-auth-enabled=false}, HTTP Basic
 * with the users' passwords (in SSO-only mode the break-glass administrator's only); no session, no cookies. What each caller may read is decided by the service
 * methods, as in the UI. Refusals are 401 with a problem detail.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http,
            ApiTokenCheck tokens,
            LoginThrottle throttle,
            SsoLogin sso,
            @Value("${dpa.api.basic-auth-enabled:true}") boolean basicEnabled,
            @Value("${dpa.api.docs-public:false}") boolean docsPublic)
            throws Exception {
        ApiProblemEntryPoint entryPoint = new ApiProblemEntryPoint(basicEnabled);
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> {
                    if (docsPublic) {
                        requests.requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                                .permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .addFilterBefore(new BearerTokenFilter(tokens, throttle, entryPoint), BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        if (basicEnabled) {
            sso.guardPasswords(http);
            http.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint));
        } else {
            http.httpBasic(AbstractHttpConfigurer::disable);
        }
        return http.build();
    }
}
