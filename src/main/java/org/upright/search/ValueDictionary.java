package org.upright.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values one facet has ever had in this index, each with a small number that never changes. Columns of
 * every segment hold these numbers, so counts from all segments add up in one array without merging ordinals.
 * It only grows: a value no document has any more simply counts zero.
 */
final class ValueDictionary {
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private volatile String[] values = new String[0];

    /** The number of a value, added when new (only the indexing side adds, but guard anyway). */
    int idOf(String value) {
        Integer id = ids.get(value);
        return id != null ? id : add(value);
    }

    private synchronized int add(String value) {
        Integer id = ids.get(value);
        if (id != null) return id;
        String[] grown = java.util.Arrays.copyOf(values, values.length + 1);
        grown[values.length] = value;
        values = grown;
        ids.put(value, values.length - 1);
        return values.length - 1;
    }

    /** The number of a value, or -1 when no document ever had it. */
    int find(String value) {
        Integer id = ids.get(value);
        return id == null ? -1 : id;
    }

    String value(int id) {
        return values[id];
    }

    int size() {
        return values.length;
    }

    List<String> all() {
        return new ArrayList<>(List.of(values));
    }
}
