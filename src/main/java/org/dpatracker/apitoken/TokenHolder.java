package org.dpatracker.apitoken;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.dpatracker.security.Role;

/** A token found by its hash with what authenticating needs of it and of its user, read in one query. */
record TokenHolder(
        long tokenId,
        Set<ApiScope> scopes,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        long userId,
        String username,
        String displayName,
        boolean enabled,
        Locale locale,
        Set<Role> roles) {}
