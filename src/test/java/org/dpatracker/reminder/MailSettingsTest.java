package org.dpatracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void withoutAnSmtpHostMailIsOff() {
        assertThat(new MailSettings("", "dpa@example.org", "http://localhost:8080").enabled())
                .isFalse();
        assertThat(new MailSettings("  ", "dpa@example.org", "http://localhost:8080").enabled())
                .isFalse();
        assertThat(new MailSettings("smtp.example.org", "dpa@example.org", "http://localhost:8080").enabled())
                .isTrue();
    }

    @Test
    void linksPointAtTheConfiguredAddressWithOneSlash() {
        assertThat(new MailSettings("smtp.example.org", "dpa@example.org", "https://dpa.example.org/").link("breach/4"))
                .isEqualTo("https://dpa.example.org/breach/4");
    }
}
