package org.dpatracker.security.sso;

import org.dpatracker.security.AppUserPrincipal;

/** What single sign-on needs from the user accounts, without depending on them. */
public interface SsoAccounts {

    /**
     * The local account of the identity: the one linked to it, else the one with its e-mail address (then linked),
     * else a new one where the settings allow it; its roles updated from the provider's groups.
     *
     * @throws SsoRefusedException when the identity may not sign in
     */
    AppUserPrincipal signIn(SsoIdentity identity, SsoSettings settings);
}
