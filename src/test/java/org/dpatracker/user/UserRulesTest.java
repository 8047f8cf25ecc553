package org.dpatracker.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dana", "d.meyer", "auditor-2", "x_y", "007"})
    void acceptsUsernames(String username) {
        assertThat(UserRules.isValidUsername(username)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Dana", "dana meyer", ".dana", "dana@example.org", "müller"})
    void refusesUsernames(String username) {
        assertThat(UserRules.isValidUsername(username)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dana@example.org", "d.meyer+dpo@firma.de"})
    void acceptsEmptyOrWellFormedEmail(String email) {
        assertThat(UserRules.isValidEmail(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dana", "dana@", "@example.org", "dana@example", "da na@example.org"})
    void refusesMalformedEmail(String email) {
        assertThat(UserRules.isValidEmail(email)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "elevenchars", "            "})
    void refusesWeakPasswords(String password) {
        assertThat(UserRules.isStrongEnough(password)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"twelve-chars", "correct horse battery staple"})
    void acceptsLongPasswords(String password) {
        assertThat(UserRules.isStrongEnough(password)).isTrue();
    }
}
