package org.dpatracker.publication;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.dpatracker.core.Sha256;

/**
 * The secret in a confirmation or unsubscribe link: 256 random bits, URL-safe. Only its SHA-256 hash is stored,
 * so the database alone cannot confirm or end anybody's subscription.
 */
final class SubscriberToken {

    enum Purpose {
        CONFIRM,
        UNSUBSCRIBE
    }

    private static final int BYTES = 32;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SubscriberToken() {}

    static String create() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Whether the token could have been made by {@link #create()}; anything else is not looked up. */
    static boolean wellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
