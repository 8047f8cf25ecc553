package org.dpatracker.core;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A secret that travels in a link (a calendar feed's address, a subscriber's confirmation): 256 random bits,
 * URL-safe. Only its SHA-256 hash is stored, so the database alone cannot be turned back into working links.
 */
public final class UrlSecret {

    private static final int BYTES = 32;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private UrlSecret() {}

    public static String create() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Whether {@code token} could have been made by {@link #create()}; anything else is not looked up. */
    public static boolean wellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
