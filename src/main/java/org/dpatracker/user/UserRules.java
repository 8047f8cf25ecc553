package org.dpatracker.user;

import java.util.regex.Pattern;
import org.dpatracker.core.Validation;

/** The rules for user names, e-mail addresses and passwords, shared by forms and services. */
public final class UserRules {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private UserRules() {}

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public static boolean isValidEmail(String email) {
        return email == null
                || email.isBlank()
                || (email.length() <= 320 && EMAIL.matcher(email).matches());
    }

    public static boolean isStrongEnough(String password) {
        return password != null
                && password.length() >= MIN_PASSWORD_LENGTH
                && password.length() <= MAX_PASSWORD_LENGTH
                && !password.isBlank();
    }

    static void checkUser(Validation validation, UserDraft draft) {
        validation
                .require(isValidUsername(draft.username()), "username", "user.validation.username")
                .requireText(draft.displayName(), "displayName", 200)
                .require(isValidEmail(draft.email()), "email", "user.validation.email")
                .require(draft.roles() != null && !draft.roles().isEmpty(), "roles", "user.validation.roles");
    }

    static void checkPassword(Validation validation, String username, String password) {
        validation
                .require(isStrongEnough(password), "password", "user.validation.password", MIN_PASSWORD_LENGTH)
                .require(
                        password == null || !password.equalsIgnoreCase(username),
                        "password",
                        "user.validation.password-is-username");
    }
}
