package org.dpatracker.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in user: who they are, their roles and the authorities those roles grant. */
public record AppUserPrincipal(
        long id,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        boolean locked,
        Set<Role> roles,
        Locale locale)
        implements UserDetails {

    public AppUserPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = Role.permissionsOf(roles).stream()
                .map(permission -> (GrantedAuthority) new SimpleGrantedAuthority(permission.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Keeps the password hash out of logs and session dumps. */
    @Override
    public String toString() {
        return "AppUserPrincipal[" + username + ", roles=" + roles + "]";
    }
}
