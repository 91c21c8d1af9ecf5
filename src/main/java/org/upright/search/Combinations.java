package org.upright.search;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The combinations of values one {@link ColumnGroup} has ever had, each with a number that never changes, so
 * the columns of every segment hold the same numbers and counts add up in one array. A combination holds, for
 * each facet of the group, the sorted {@link ValueDictionary} numbers of its values. Only the indexing side
 * adds; searches read.
 */
final class Combinations {
    private record Key(int[][] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.deepEquals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(values);
        }
    }

    private final Map<Key, Integer> ids = new ConcurrentHashMap<>();
    /** Grown by doubling; entries below {@link #size} are never changed, so readers need no lock. */
    private volatile int[][][] combinations = new int[64][][];
    private volatile int size;

    int idOf(int[][] values) {
        Integer id = ids.get(new Key(values));
        return id != null ? id : add(values);
    }

    private synchronized int add(int[][] values) {
        Key key = new Key(values);
        Integer id = ids.get(key);
        if (id != null) return id;
        int next = size;
        if (next == combinations.length) combinations = Arrays.copyOf(combinations, next * 2);
        combinations[next] = values;
        size = next + 1;
        ids.put(key, next);
        return next;
    }

    /** The value numbers of one facet (by its place in the group) in a combination. */
    int[] values(int combination, int member) {
        return combinations[combination][member];
    }

    int size() {
        return size;
    }
}
