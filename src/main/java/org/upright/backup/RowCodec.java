package org.upright.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.Base64;

/**
 * A row as one line of JSON: an array of its values. Numbers, text, booleans and null are JSON's own; bytes
 * become {"base64": "…"} so they cannot be mistaken for text. Whole and decimal numbers stay apart.
 */
final class RowCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BYTES = "base64";

    private RowCodec() {
    }

    static byte[] encode(Object[] row) throws IOException {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(row.length);
        for (Object v : row) {
            switch (v) {
                case null -> array.addNull();
                case Long n -> array.add(n);
                case Double d -> array.add(d);
                case java.math.BigDecimal d -> array.add(d);
                case Boolean b -> array.add(b);
                case byte[] bytes -> array.addObject().put(BYTES, Base64.getEncoder().encodeToString(bytes));
                default -> array.add(v.toString());
            }
        }
        return JSON.writeValueAsBytes(array);
    }

    static Object[] decode(String line, int expectedColumns) throws IOException {
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isArray() || node.size() != expectedColumns) {
            throw new IOException("a row is not an array of " + expectedColumns + " values");
        }
        Object[] row = new Object[node.size()];
        for (int i = 0; i < row.length; i++) row[i] = value(node.get(i));
        return row;
    }

    private static Object value(JsonNode v) throws IOException {
        if (v.isNull()) return null;
        if (v.isBoolean()) return v.booleanValue();
        if (v.isIntegralNumber()) return v.longValue();
        if (v.isBigDecimal()) return v.decimalValue();
        if (v.isNumber()) return v.doubleValue();
        if (v.isTextual()) return v.textValue();
        if (v.isObject() && v.has(BYTES)) return Base64.getDecoder().decode(v.get(BYTES).asText());
        throw new IOException("a value is neither number, text, boolean, null nor bytes: " + v);
    }
}
