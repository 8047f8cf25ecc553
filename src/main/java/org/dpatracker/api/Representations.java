package org.dpatracker.api;

import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records as JSON objects: the fields the address decides (id, version, the agreement) are set from it, whatever
 * the body says, and a JSON merge patch (RFC 7396) is applied to the stored record.
 */
@Component
class Representations {

    private final JsonMapper json;

    Representations(JsonMapper json) {
        this.json = json;
    }

    /** Pairs of field name and value, values may be null: {@code fields("id", null, "version", 0)}. */
    static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    <T> T with(T value, Class<T> type, Map<String, Object> fixed) {
        ObjectNode tree = json.valueToTree(value);
        return read(fix(tree, fixed), type);
    }

    <T> T patched(T current, JsonNode patch, Class<T> type, Map<String, Object> fixed) {
        if (patch == null || !patch.isObject()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A merge patch is a JSON object.");
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        return read(fix((ObjectNode) merged, fixed), type);
    }

    private ObjectNode fix(ObjectNode tree, Map<String, Object> fixed) {
        fixed.forEach((field, value) -> tree.set(field, json.valueToTree(value)));
        return tree;
    }

    private <T> T read(ObjectNode tree, Class<T> type) {
        try {
            return json.treeToValue(tree, type);
        } catch (JacksonException refused) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getOriginalMessage(), refused);
        }
    }

    /** RFC 7396: objects merge member by member, null removes a member, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
