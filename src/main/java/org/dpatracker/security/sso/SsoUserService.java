package org.dpatracker.security.sso;

import java.util.Locale;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider vouched for a user: finds (or creates) their local account, so that the session holds the
 * same user, roles and permissions as after a password login. A refusal ends on the login page with its reason.
 */
final class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The prefix of the OAuth2 error codes of our refusals, followed by the reason. */
    static final String ERROR_PREFIX = "dpa_sso_";

    private final OidcUserService provider = new OidcUserService();
    private final SsoAccounts accounts;
    private final SsoSettings settings;
    private final RoleMapping roles;

    SsoUserService(SsoAccounts accounts, SsoSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
        this.roles = new RoleMapping(settings.groups());
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        SsoIdentity identity = new SsoIdentity(
                user.getIssuer() == null
                        ? settings.issuerUri()
                        : user.getIssuer().toString(),
                user.getSubject(),
                user.getEmail(),
                !Boolean.FALSE.equals(user.getEmailVerified()),
                user.getPreferredUsername(),
                user.getFullName(),
                roles.rolesOf(user.getClaims().get(settings.roleClaim())));
        try {
            return new SsoUser(accounts.signIn(identity, settings), user);
        } catch (SsoRefusedException refused) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(ERROR_PREFIX + refused.reason().name().toLowerCase(Locale.ROOT)),
                    refused.getMessage(),
                    refused);
        }
    }
}
