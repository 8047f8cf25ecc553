package org.dpatracker.user;

import java.util.Set;
import org.dpatracker.security.Role;

/**
 * What an administrator enters for a user. {@code id} and {@code version} are empty for a new
 * user; {@code password} is only read when creating one.
 */
public record UserDraft(
        Long id,
        Integer version,
        String username,
        String displayName,
        String email,
        String password,
        boolean enabled,
        Set<Role> roles) {

    public static UserDraft newUser() {
        return new UserDraft(null, null, "", "", "", "", true, Set.of());
    }

    public static UserDraft of(UserAccount account) {
        return new UserDraft(
                account.id(),
                account.version(),
                account.username(),
                account.displayName(),
                account.email() == null ? "" : account.email(),
                "",
                account.enabled(),
                account.roles());
    }

    public boolean isNew() {
        return id == null;
    }
}
