package org.dpatracker.publication;

import java.time.Instant;
import java.util.Locale;

/** Somebody who asked to be told of changes to the list; confirmed once they followed the link in the mail. */
record Subscriber(long id, String email, Locale language, Instant subscribedAt, Instant confirmedAt) {

    boolean confirmed() {
        return confirmedAt != null;
    }
}
