package org.dpatracker.security;

import java.util.Optional;

/** What the API's bearer authentication needs from the personal access tokens, without depending on them. */
public interface ApiTokenCheck {

    /** A token this application could have issued: anything else is refused without a look-up. */
    boolean wellFormed(String token);

    /** The authentication a token grants, or empty when it is unknown, expired, revoked or its user disabled. */
    Optional<ApiTokenAuthentication> authenticate(String token);

    /**
     * Whether a token with this text was ever issued, whatever its state now: tells a guess, which counts
     * towards the throttle, from a token that ended.
     */
    boolean known(String token);
}
