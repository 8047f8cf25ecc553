package org.dpatracker.user;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dpatracker.security.Role;

/** A user as administrators see it; the password hash never leaves the repository. */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String email,
        boolean enabled,
        Locale locale,
        Set<Role> roles,
        int version) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /** The values the change history records for this user. */
    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("email", email);
        state.put("enabled", enabled);
        state.put("locale", locale.toLanguageTag());
        state.put("roles", new TreeSet<>(roles.stream().map(Role::name).toList()));
        state.put("version", version);
        return state;
    }
}
