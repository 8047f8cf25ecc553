package org.dpatracker.security.sso;

import java.util.Collection;
import java.util.Map;
import org.dpatracker.security.AppUserPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through single sign-on: the local account (name, roles, permissions) as after a password
 * login, plus the provider's tokens for the logout at the provider.
 */
public record SsoUser(AppUserPrincipal account, OidcUser provider) implements OidcUser {

    @Override
    public String getName() {
        return account.username();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.getAuthorities();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return provider.getAttributes();
    }

    @Override
    public Map<String, Object> getClaims() {
        return provider.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return provider.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return provider.getIdToken();
    }

    @Override
    public String toString() {
        return "SsoUser[" + account + "]";
    }
}
