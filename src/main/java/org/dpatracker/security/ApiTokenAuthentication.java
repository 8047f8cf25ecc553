package org.dpatracker.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A REST API call authenticated by a personal access token: acts as the token's user, but only with the
 * permissions the token's scopes allow of that user's permissions.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final AppUserPrincipal user;
    private final long tokenId;

    public ApiTokenAuthentication(AppUserPrincipal user, long tokenId, Collection<Permission> permissions) {
        super(authorities(permissions));
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    public long tokenId() {
        return tokenId;
    }

    @Override
    public AppUserPrincipal getPrincipal() {
        return user;
    }

    /** The token is not kept after it was checked. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return user.username();
    }

    private static List<GrantedAuthority> authorities(Collection<Permission> permissions) {
        return permissions.stream()
                .map(permission -> (GrantedAuthority) new SimpleGrantedAuthority(permission.authority()))
                .toList();
    }
}
