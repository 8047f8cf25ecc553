package org.dpatracker.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The fields that differ between the before and after states of a history entry. */
public final class StateDiff {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, Object>> STATE = new TypeReference<>() {};

    private StateDiff() {}

    public static List<FieldChange> between(String beforeJson, String afterJson) {
        Map<String, Object> before = flatten(parse(beforeJson));
        Map<String, Object> after = flatten(parse(afterJson));
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    /** Nested objects (an agreement's document, a DPO's contact) as one field per value, e.g. "dpo.email". */
    private static Map<String, Object> flatten(Map<String, Object> state) {
        Map<String, Object> flat = new TreeMap<>();
        flatten("", state, flat);
        return flat;
    }

    private static void flatten(String prefix, Map<?, ?> state, Map<String, Object> flat) {
        state.forEach((field, value) -> {
            if (value instanceof Map<?, ?> nested) {
                flatten(prefix + field + ".", nested, flat);
            } else {
                flat.put(prefix + field, value);
            }
        });
    }

    private static Map<String, Object> parse(String json) {
        return json == null ? Map.of() : JSON.readValue(json, STATE);
    }

    /** One field's old and new value; either is null where the row did not exist. */
    public record FieldChange(String field, Object before, Object after) {
        @Override
        public String toString() {
            return field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after);
        }
    }
}
