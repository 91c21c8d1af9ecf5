package org.upright.bench;

import java.util.Arrays;
import java.util.List;

/** Latencies in microseconds, sorted once: percentiles by nearest rank, so p99 of 250 runs is the third worst. */
record Latencies(long[] sorted) {
    static Latencies of(List<Long> micros) {
        long[] a = micros.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return new Latencies(a);
    }

    long percentile(double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    long median() {
        return percentile(50);
    }

    double mean() {
        return Arrays.stream(sorted).average().orElse(0);
    }

    long max() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    int count() {
        return sorted.length;
    }
}
