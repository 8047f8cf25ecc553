package org.dpatracker.security.sso;

import java.util.Optional;
import java.util.Set;
import org.dpatracker.security.Role;

/**
 * Who the provider says signed in.
 *
 * @param roles the roles their groups grant; empty when the provider does not decide on roles
 */
public record SsoIdentity(
        String issuer,
        String subject,
        String email,
        boolean emailVerified,
        String preferredUsername,
        String displayName,
        Optional<Set<Role>> roles) {}
