package org.dpatracker.security.sso;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dpatracker.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on through an OpenID Connect provider, configured under {@code dpa.sso}; off while no issuer is
 * set.
 *
 * @param issuerUri      the provider's issuer; its discovery document names every endpoint
 * @param providerName   shown on the login page's button ("Sign in with ...")
 * @param roleClaim      the claim of the ID token (or user info) that lists the user's groups
 * @param groups         per role, the provider's groups that grant it; empty everywhere: roles are kept in the app
 * @param createUsers    whether a first sign-in creates an account when none matches
 * @param only           whether passwords are refused, except for the break-glass user
 * @param breakGlassUser the local administrator who still signs in with a password in SSO-only mode
 */
@ConfigurationProperties("dpa.sso")
public record SsoSettings(
        String issuerUri,
        String clientId,
        String clientSecret,
        String providerName,
        String roleClaim,
        Map<Role, List<String>> groups,
        boolean createUsers,
        boolean only,
        String breakGlassUser) {

    public SsoSettings {
        issuerUri = issuerUri == null ? "" : issuerUri.trim();
        providerName = providerName == null || providerName.isBlank() ? "single sign-on" : providerName.trim();
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "groups" : roleClaim.trim();
        groups = groups == null ? Map.of() : named(groups);
        breakGlassUser = breakGlassUser == null ? "" : breakGlassUser.trim();
    }

    /** Without the blank entries that unset placeholders leave. */
    private static Map<Role, List<String>> named(Map<Role, List<String>> groups) {
        Map<Role, List<String>> named = new EnumMap<>(Role.class);
        groups.forEach((role, names) -> named.put(
                role,
                names == null
                        ? List.of()
                        : names.stream()
                                .map(String::trim)
                                .filter(name -> !name.isEmpty())
                                .toList()));
        return Map.copyOf(named);
    }

    public boolean enabled() {
        return !issuerUri.isBlank();
    }

    /** Whether passwords are refused for this user name: SSO-only mode, and not the break-glass user. */
    public boolean refusesPasswordOf(String username) {
        String name = username == null ? "" : username.trim();
        return enabled() && only && (breakGlassUser.isBlank() || !breakGlassUser.equalsIgnoreCase(name));
    }

    public boolean isBreakGlass(String username) {
        return !breakGlassUser.isBlank() && breakGlassUser.equalsIgnoreCase(username);
    }
}
