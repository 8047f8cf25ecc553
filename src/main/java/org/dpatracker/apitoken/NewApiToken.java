package org.dpatracker.apitoken;

import java.util.Set;

/** What a user enters for a new token: a name to recognise it by, its scopes and how many days it is valid. */
public record NewApiToken(String name, Set<ApiScope> scopes, int validDays) {

    public static final int DEFAULT_VALID_DAYS = 90;
    public static final int MAX_VALID_DAYS = 365;

    public NewApiToken {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}
