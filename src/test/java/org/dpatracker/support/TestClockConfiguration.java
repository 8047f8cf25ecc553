package org.dpatracker.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** In tests the application reads a clock the test can move forward (and must reset afterwards). */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class TestClockConfiguration {

    @Bean
    @Primary
    ShiftableClock testClock() {
        return new ShiftableClock();
    }
}
