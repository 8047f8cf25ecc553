package org.dpatracker.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash of a history entry: SHA-256 over its content and the previous entry's hash. */
public final class HashChain {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';
    private static final String ABSENT = "\u0000";

    private HashChain() {}

    public static String hash(
            long seq,
            Instant changedAt,
            String changedBy,
            String entity,
            String entityId,
            Operation operation,
            String beforeState,
            String afterState,
            String previousHash) {
        String content = String.join(
                String.valueOf(SEPARATOR),
                Long.toString(seq),
                Long.toString(changedAt.toEpochMilli()),
                changedBy,
                entity,
                entityId,
                operation.name(),
                beforeState == null ? ABSENT : beforeState,
                afterState == null ? ABSENT : afterState,
                previousHash);
        return sha256(content);
    }

    public static String hashOf(ChangeEntry entry) {
        return hash(
                entry.seq(),
                entry.changedAt(),
                entry.changedBy(),
                entry.entity(),
                entry.entityId(),
                entry.operation(),
                entry.beforeState(),
                entry.afterState(),
                entry.previousHash());
    }

    private static String sha256(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
