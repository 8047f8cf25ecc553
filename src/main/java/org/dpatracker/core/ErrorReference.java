package org.dpatracker.core;

import java.security.SecureRandom;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected failure: logged with its stack trace under a short reference, which is all the user sees, so
 * that an administrator finds the log entry the user reports and nobody sees the application's internals.
 */
public final class ErrorReference {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReference.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private ErrorReference() {}

    /** Logs the failure and returns its reference, e.g. {@code ERR-7KQ2-M9TX}. */
    public static String logged(Throwable failure, String where) {
        String reference = next();
        LOG.error("Unexpected failure {} in {}", reference, where, failure);
        return reference;
    }

    static String next() {
        StringBuilder reference = new StringBuilder("ERR-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return reference.toString().toUpperCase(Locale.ROOT);
    }
}
