package org.dpatracker.apitoken;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.dpatracker.core.Sha256;

/**
 * The text of a personal access token: {@code dpat_} (so that secret scanners and people recognise it) and
 * 256 random bits, URL-safe. Only its SHA-256 hash is stored: a secret this long cannot be guessed from
 * the hash, so a slow password hash would only slow every API call down.
 */
final class ApiTokenSecret {

    static final String PREFIX = "dpat_";
    private static final int BYTES = 32;
    private static final Pattern FORM = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecret() {}

    static String create() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static boolean wellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
