package org.dpatracker.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Optimistic locking over HTTP: a record's ETag is its version; a change must send it back in {@code If-Match}.
 * Without it the change is refused with 428, with an older one with 412, and nothing is written.
 */
final class VersionTags {

    private VersionTags() {}

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version the caller saw, when it is {@code current}; otherwise the refusal. */
    static int matching(String ifMatch, int current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ResponseStatusException(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "Send the ETag of the version you changed in If-Match (read it with GET), so that nobody's"
                            + " change is overwritten unseen.");
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return current;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (!tag.equals(of(current))) {
            throw new ResponseStatusException(
                    HttpStatus.PRECONDITION_FAILED,
                    "The record was changed since you read it (now version " + current + "); read it again and"
                            + " repeat your change.");
        }
        return current;
    }
}
