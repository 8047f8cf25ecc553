package org.dpatracker.user;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The user name of an account that single sign-on creates: the provider's preferred user name, else the part of
 * the e-mail address before the @, made to fit {@link UserRules#isValidUsername}; a number is added while the name
 * is taken.
 */
final class SsoUsername {

    private static final int MAX_LENGTH = 90;

    private SsoUsername() {}

    static String choose(String preferredUsername, String email, String subject, Predicate<String> taken) {
        String base = Stream.of(preferredUsername, email == null ? null : email.split("@", 2)[0], "sso-" + subject)
                .map(SsoUsername::fitted)
                .filter(UserRules::isValidUsername)
                .findFirst()
                .orElse("sso-user");
        String name = base;
        for (int suffix = 2; taken.test(name); suffix++) {
            name = base + "-" + suffix;
        }
        return name;
    }

    private static String fitted(String candidate) {
        if (candidate == null) {
            return "";
        }
        String name = candidate
                .trim()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+", "");
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
