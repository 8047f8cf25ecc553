package org.dpatracker.apitoken;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A personal access token as its owner and administrators see it; never its text or hash. */
public record ApiToken(
        long id,
        long userId,
        String username,
        String name,
        Set<ApiScope> scopes,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }

    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
    }

    /** The values the change history records for a token: who owns it, what it may do, until when. */
    Map<String, Object> historyState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("user", username);
        state.put("name", name);
        state.put("scopes", scopes.stream().map(Enum::name).sorted().toList());
        state.put("expiresAt", expiresAt.toString());
        state.put("revoked", revokedAt != null);
        return state;
    }
}
