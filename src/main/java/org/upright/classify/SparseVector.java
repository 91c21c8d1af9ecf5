package org.upright.classify;

import java.util.Arrays;

/** A sparse vector of features: indices in increasing order and their values. */
record SparseVector(int[] index, float[] value) {
    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    int size() {
        return index.length;
    }

    /** The dot product with another sparse vector (both sorted by index). */
    double dot(SparseVector o) {
        double sum = 0;
        int i = 0, j = 0;
        while (i < index.length && j < o.index.length) {
            int a = index[i], b = o.index[j];
            if (a == b) sum += (double) value[i++] * o.value[j++];
            else if (a < b) i++;
            else j++;
        }
        return sum;
    }

    double norm() {
        double s = 0;
        for (float v : value) s += (double) v * v;
        return Math.sqrt(s);
    }

    /** This vector scaled to unit length (the empty vector stays empty). */
    SparseVector normalized() {
        double n = norm();
        if (n == 0) return this;
        float[] v = new float[value.length];
        for (int i = 0; i < v.length; i++) v[i] = (float) (value[i] / n);
        return new SparseVector(index, v);
    }

    SparseVector scaled(float factor) {
        float[] v = Arrays.copyOf(value, value.length);
        for (int i = 0; i < v.length; i++) v[i] *= factor;
        return new SparseVector(index, v);
    }

    /** The blocks side by side: the second block's indices are shifted by {@code offset}. */
    static SparseVector concat(SparseVector a, SparseVector b, int offset) {
        int[] idx = Arrays.copyOf(a.index, a.index.length + b.index.length);
        float[] val = Arrays.copyOf(a.value, a.value.length + b.value.length);
        for (int i = 0; i < b.index.length; i++) {
            idx[a.index.length + i] = b.index[i] + offset;
            val[a.value.length + i] = b.value[i];
        }
        return new SparseVector(idx, val);
    }
}
