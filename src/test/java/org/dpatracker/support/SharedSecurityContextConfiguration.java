package org.dpatracker.support;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The tests start several application contexts in one JVM (other properties, two nodes), while the
 * security context holder is global: every context uses this one strategy, so that whoever a test signs
 * in is signed in for the context it calls. In production each application has a JVM of its own.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class SharedSecurityContextConfiguration {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy sharedSecurityContextHolderStrategy() {
        return SHARED;
    }
}
