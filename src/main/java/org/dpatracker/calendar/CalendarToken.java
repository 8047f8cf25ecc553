package org.dpatracker.calendar;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.dpatracker.core.Sha256;

/**
 * The secret in a calendar feed's address: 256 random bits, URL-safe. Only its SHA-256 hash is stored; a
 * hash of a secret this long cannot be turned back into the address.
 */
final class CalendarToken {

    private static final int BYTES = 32;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CalendarToken() {}

    static String create() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Whether {@code token} could have been made by {@link #create()}; anything else is not looked up. */
    static boolean wellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
