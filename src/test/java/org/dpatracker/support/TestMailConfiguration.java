package org.dpatracker.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** In tests mail goes through {@link TestMailSender} to the SMTP server the test starts (GreenMail). */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class TestMailConfiguration {

    @Bean
    @Primary
    TestMailSender testMailSender(@Value("${spring.mail.host}") String host, @Value("${spring.mail.port}") int port) {
        return new TestMailSender(host, port);
    }
}
