package org.dpatracker.security;

import java.util.List;

/** Credentials the login page may show; only the demo data set provides any. */
public interface LoginHints {

    List<Credential> credentials();

    record Credential(String username, String password, Role role) {}
}
