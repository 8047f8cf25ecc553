package org.dpatracker.security;

/** What the login needs to know about the user table without depending on the user feature. */
public interface UserDirectory {

    /** True before the first administrator exists: the app then asks for one instead of a login. */
    boolean isEmpty();
}
