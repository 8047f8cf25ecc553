package org.dpatracker.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of a row's state in a canonical form, so that a recorded state and a row read back
 * compare equal whenever they hold the same values. Fields are sorted by name and array elements by
 * their text: some states hold sets whose order differs from one run of the application to the next.
 */
final class StateFingerprint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StateFingerprint() {}

    /** The fingerprint of a state as the history stores it. */
    static String ofJson(String json, Set<String> changeOnlyFields) {
        return of(JSON.readTree(json), changeOnlyFields);
    }

    /** The fingerprint of a state as a feature produces it, serialised exactly as the history would. */
    static String ofState(Map<String, ?> state, Set<String> changeOnlyFields) {
        return ofJson(ChangeRecorder.toJson(state), changeOnlyFields);
    }

    private static String of(JsonNode state, Set<String> changeOnlyFields) {
        Map<String, String> fields = new TreeMap<>();
        for (var field : state.properties()) {
            if (!changeOnlyFields.contains(field.getKey())) {
                fields.put(field.getKey(), canonical(field.getValue()));
            }
        }
        return sha256(fields.toString());
    }

    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, String> fields = new TreeMap<>();
            for (var field : node.properties()) {
                fields.put(field.getKey(), canonical(field.getValue()));
            }
            return fields.toString();
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.values().forEach(element -> elements.add(canonical(element)));
            elements.sort(null);
            return elements.toString();
        }
        return node.toString();
    }

    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
