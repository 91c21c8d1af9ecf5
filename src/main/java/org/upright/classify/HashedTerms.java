package org.upright.classify;

import java.util.List;
import java.util.Map;

/**
 * A vocabulary keyed by the 64-bit FNV-1a hash of each term, in an open-addressing table, so that a text's
 * words, word pairs and character n-grams are looked up without making a string for each (the hot path of
 * classification). Two terms of one vocabulary sharing a 64-bit hash is not to be expected.
 */
final class HashedTerms {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private final long[] keys;
    private final int[] values;
    private final int mask;

    HashedTerms(Map<String, Integer> index) {
        int cap = Integer.highestOneBit(Math.max(4, index.size() * 3)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
        java.util.Arrays.fill(values, -1);
        index.forEach((term, i) -> put(hash(term, 0, term.length(), OFFSET), i));
    }

    static long hash(CharSequence s, int from, int to, long h) {
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= PRIME;
        }
        return h;
    }

    private void put(long key, int value) {
        int slot = (int) (mix(key) & mask);
        while (values[slot] >= 0 && keys[slot] != key) slot = (slot + 1) & mask;
        keys[slot] = key;
        values[slot] = value;
    }

    private int get(long key) {
        int slot = (int) (mix(key) & mask);
        while (values[slot] >= 0) {
            if (keys[slot] == key) return values[slot];
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    /** Indices of the vocabulary's terms found in the words (with repeats), as {@link TermBlock.Kind#terms} would give them. */
    int[] lookUp(TermBlock.Kind kind, List<String> words) {
        int[] out = new int[16];
        int n = 0;
        if (kind == TermBlock.Kind.WORDS) {
            long[] wordHash = new long[words.size()];
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                wordHash[i] = hash(w, 0, w.length(), OFFSET);
                int v = get(wordHash[i]);
                if (v >= 0) {
                    if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                    out[n++] = v;
                }
            }
            for (int i = 1; i < words.size(); i++) {
                String a = words.get(i - 1), b = words.get(i);
                long h = hash(a, 0, a.length(), OFFSET);
                h = (h ^ ' ') * PRIME;
                h = hash(b, 0, b.length(), h);
                int v = get(h);
                if (v >= 0) {
                    if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                    out[n++] = v;
                }
            }
        } else {
            StringBuilder padded = new StringBuilder(32);
            for (String w : words) {
                padded.setLength(0);
                padded.append(' ').append(w).append(' ');
                int len = padded.length();
                for (int size = 3; size <= 5 && size <= len; size++) {
                    for (int i = 0; i + size <= len; i++) {
                        int v = get(hash(padded, i, i + size, OFFSET));
                        if (v >= 0) {
                            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                            out[n++] = v;
                        }
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
