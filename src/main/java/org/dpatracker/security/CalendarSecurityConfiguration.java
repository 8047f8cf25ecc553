package org.dpatracker.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The calendar feeds under /calendar, fetched by calendar programs that cannot sign in: no login, no session,
 * no cookies. The secret token in the address is the credential, checked by the calendar feature; nothing
 * else under /calendar is served.
 */
@Configuration
class CalendarSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain calendarSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/calendar/*.ics")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
