package org.dpatracker.security;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work (demo data, the first administrator from the environment, the
 * settlement of notices) through the same checked service methods a user calls, as the user
 * "system" with every permission. Not for use inside a user's request: there the user's own
 * security context stays in force.
 */
public final class SystemAccess {

    public static final String SYSTEM_USER = "system";

    private SystemAccess() {}

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        List<GrantedAuthority> all = Arrays.stream(Permission.values())
                .map(permission -> (GrantedAuthority) new SimpleGrantedAuthority(permission.authority()))
                .toList();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USER, null, all));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
