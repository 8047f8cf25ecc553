package org.dpatracker.support;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Work done as a signed-in user with their own rights, and users made for a test. */
public final class SignedIn {

    private SignedIn() {}

    /** Does what the signed-in user would, with their own rights. */
    public static <T> T as(UserDetailsService directory, String username, Supplier<T> work) {
        UserDetails user = directory.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A new enabled user of the role, with a name of its own. */
    public static UserAccount newUser(UserService users, Role role) {
        String name = role.name().toLowerCase(Locale.ROOT)
                + UUID.randomUUID().toString().substring(0, 8);
        return SystemAccess.call(() -> users.create(new UserDraft(
                null, null, name, "Test " + role, name + "@example.org", "a-long-test-password", true, Set.of(role))));
    }
}
