package org.dpatracker.security;

import java.util.Optional;
import java.util.Set;
import org.dpatracker.security.sso.SsoUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting right now, read from the security context of the current request or task. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The name recorded in the change history: the user name, or "system" for start-up tasks. */
    public static String name() {
        return authentication().map(Authentication::getName).orElse("anonymous");
    }

    public static Optional<AppUserPrincipal> principal() {
        return authentication()
                .map(Authentication::getPrincipal)
                .map(principal -> principal instanceof SsoUser sso ? sso.account() : principal)
                .filter(AppUserPrincipal.class::isInstance)
                .map(AppUserPrincipal.class::cast);
    }

    /** The signed-in user's id; only for services that act on the user's own things. */
    public static long id() {
        return principal()
                .orElseThrow(() -> new IllegalStateException("Not signed in"))
                .id();
    }

    public static Set<Role> roles() {
        return principal().map(AppUserPrincipal::roles).orElse(Set.of());
    }

    public static boolean has(Permission permission) {
        return authentication().stream()
                .flatMap(auth -> auth.getAuthorities().stream())
                .anyMatch(granted -> permission.authority().equals(granted.getAuthority()));
    }

    public static boolean isAuthenticated() {
        return authentication().isPresent();
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(auth -> !(auth instanceof AnonymousAuthenticationToken));
    }
}
