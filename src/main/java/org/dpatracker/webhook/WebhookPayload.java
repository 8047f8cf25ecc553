package org.dpatracker.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a delivery, as the Standard Webhooks specification shapes it: the event's {@code type}, the
 * {@code timestamp} it happened and its {@code data}, which carries ids and links only, never personal data.
 * Also the events' ids: {@code msg_} and 32 hex digits, without the full stop the signature joins with.
 */
final class WebhookPayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookPayload() {}

    static String json(WebhookEvent event, Instant timestamp, Map<String, ?> data) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type());
        payload.put("timestamp", timestamp.toString());
        payload.put("data", data);
        return JSON.writeValueAsString(payload);
    }

    /** A new id, for an event that happens once. */
    static String newEventId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The same id for the same {@code key}, for an event announced again and again (a deadline's stage). */
    static String eventId(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "msg_" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is not available", unavailable);
        }
    }
}
