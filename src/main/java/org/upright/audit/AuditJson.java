package org.upright.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit log's JSON columns for people: field by field, plain values as text, nested objects indented, and a
 * value that is itself JSON written as text (a serialised request, a list) unfolded instead of shown escaped.
 */
public final class AuditJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEPTH = 4;

    /** One field of a row: its value before and after the change (either may be empty). */
    public record Change(String field, String before, String after) {
    }

    private AuditJson() {
    }

    /** The fields of before and after side by side, in the order they were written; unchanged ones left out when both exist. */
    static List<Change> changes(String before, String after) {
        Map<String, String> b = fields(before), a = fields(after);
        Set<String> names = new LinkedHashSet<>(b.keySet());
        names.addAll(a.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            String was = b.getOrDefault(name, ""), is = a.getOrDefault(name, "");
            if (before != null && after != null && was.equals(is)) continue;
            changes.add(new Change(name, was, is));
        }
        return changes;
    }

    /** The fields of one JSON column as readable text; a column that is not an object is one field named "". */
    static Map<String, String> fields(String json) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (json == null || json.isBlank()) return fields;
        JsonNode node = parse(json);
        if (node == null) {
            fields.put("", json);
        } else if (node.isObject()) {
            node.properties().forEach(e -> fields.put(e.getKey(), text(e.getValue(), 0)));
        } else {
            fields.put("", text(node, 0));
        }
        return fields;
    }

    private static String text(JsonNode node, int depth) {
        JsonNode unfolded = unfold(node, depth);
        if (unfolded.isValueNode()) return unfolded.isNull() ? "" : unfolded.asText();
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(unfolded);
        } catch (JsonProcessingException e) {
            return unfolded.toString();
        }
    }

    /** The node with every text value that holds a JSON object or array replaced by that object or array. */
    private static JsonNode unfold(JsonNode node, int depth) {
        if (depth > DEPTH) return node;
        if (node.isTextual()) {
            String t = node.asText().strip();
            if ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]"))) {
                JsonNode inner = parse(t);
                if (inner != null) return unfold(inner, depth + 1);
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), unfold(e.getValue(), depth + 1)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(n -> copy.add(unfold(n, depth + 1)));
            return copy;
        }
        return node;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
