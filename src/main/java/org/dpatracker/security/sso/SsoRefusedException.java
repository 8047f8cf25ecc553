package org.dpatracker.security.sso;

/** A sign-in through single sign-on that the app refuses; the login page names the reason. */
public final class SsoRefusedException extends RuntimeException {

    public enum Reason {
        /** No account matches, and single sign-on may not create one. */
        NO_ACCOUNT,
        /** None of the user's groups grants a role. */
        NO_ROLE,
        /** The matching account is disabled. */
        DISABLED,
        /** The e-mail address belongs to an account linked to another identity, or to several accounts. */
        AMBIGUOUS,
        /** The break-glass administrator signs in with their password only. */
        BREAK_GLASS
    }

    private final Reason reason;

    public SsoRefusedException(Reason reason) {
        super("Single sign-on refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
