package org.upright.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training recommendations as unit vectors in an inverted index, for the nearest neighbours of a text by
 * cosine similarity. UPR recommendations repeat a lot across sessions ("Ratify the Optional Protocol to …"),
 * so what a person decided for a similar one is good evidence. Terms found in more than
 * {@link #COMMON_SHARE} of the documents are left out of the index: they say little about similarity and
 * would make every query visit every document.
 */
final class NeighbourIndex {
    static final double COMMON_SHARE = 0.05;
    /** Only the query's heaviest terms are looked up: they decide the nearest neighbours. */
    static final int QUERY_TERMS = 40;

    /** A neighbour: the training document's number and its similarity. */
    record Neighbour(int doc, float similarity) {
    }

    private final int docs;
    private final int[][] postingDocs;
    private final float[][] postingValues;
    private final ThreadLocal<float[]> accumulators;

    private NeighbourIndex(int docs, int[][] postingDocs, float[][] postingValues) {
        this.docs = docs;
        this.postingDocs = postingDocs;
        this.postingValues = postingValues;
        this.accumulators = ThreadLocal.withInitial(() -> new float[docs]);
    }

    int size() {
        return docs;
    }

    static NeighbourIndex build(List<SparseVector> vectors, int dimension) {
        int[] df = new int[dimension];
        for (SparseVector v : vectors) for (int i : v.index()) df[i]++;
        int max = (int) Math.max(10, vectors.size() * COMMON_SHARE);
        int[][] pd = new int[dimension][];
        float[][] pv = new float[dimension][];
        int[] fill = new int[dimension];
        for (int f = 0; f < dimension; f++) {
            int n = df[f] <= max ? df[f] : 0;
            pd[f] = new int[n];
            pv[f] = new float[n];
        }
        for (int d = 0; d < vectors.size(); d++) {
            SparseVector v = vectors.get(d);
            for (int j = 0; j < v.size(); j++) {
                int f = v.index()[j];
                if (pd[f].length == 0) continue;
                pd[f][fill[f]] = d;
                pv[f][fill[f]++] = v.value()[j];
            }
        }
        return new NeighbourIndex(vectors.size(), pd, pv);
    }

    /** The k most similar training documents, most similar first (the query should be a unit vector). */
    List<Neighbour> nearest(SparseVector query, int k) {
        float[] acc = accumulators.get();
        int[] touched = new int[64];
        int nTouched = 0;
        float cut = 0;
        if (query.size() > QUERY_TERMS) {
            float[] sorted = query.value().clone();
            java.util.Arrays.sort(sorted);
            cut = sorted[sorted.length - QUERY_TERMS];
        }
        for (int j = 0; j < query.size(); j++) {
            if (query.value()[j] < cut) continue;
            int f = query.index()[j];
            if (f >= postingDocs.length) continue;
            int[] ds = postingDocs[f];
            float[] vs = postingValues[f];
            float q = query.value()[j];
            for (int p = 0; p < ds.length; p++) {
                int d = ds[p];
                if (acc[d] == 0) {
                    if (nTouched == touched.length) touched = Arrays.copyOf(touched, nTouched * 2);
                    touched[nTouched++] = d;
                }
                acc[d] += q * vs[p];
            }
        }
        // keep the k best in a small sorted array
        int[] bestDoc = new int[k];
        float[] bestSim = new float[k];
        int have = 0;
        for (int t = 0; t < nTouched; t++) {
            int d = touched[t];
            float s = acc[d];
            acc[d] = 0;
            if (have < k || s > bestSim[have - 1]) {
                int pos = have < k ? have++ : have - 1;
                while (pos > 0 && bestSim[pos - 1] < s) {
                    bestSim[pos] = bestSim[pos - 1];
                    bestDoc[pos] = bestDoc[pos - 1];
                    pos--;
                }
                bestSim[pos] = s;
                bestDoc[pos] = d;
            }
        }
        List<Neighbour> out = new ArrayList<>(have);
        for (int i = 0; i < have; i++) out.add(new Neighbour(bestDoc[i], bestSim[i]));
        return out;
    }

    void save(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(docs);
            out.writeInt(postingDocs.length);
            for (int f = 0; f < postingDocs.length; f++) {
                out.writeInt(postingDocs[f].length);
                for (int i = 0; i < postingDocs[f].length; i++) {
                    out.writeInt(postingDocs[f][i]);
                    out.writeFloat(postingValues[f][i]);
                }
            }
        }
    }

    static NeighbourIndex load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int docs = in.readInt();
            int dim = in.readInt();
            int[][] pd = new int[dim][];
            float[][] pv = new float[dim][];
            for (int f = 0; f < dim; f++) {
                int n = in.readInt();
                pd[f] = new int[n];
                pv[f] = new float[n];
                for (int i = 0; i < n; i++) {
                    pd[f][i] = in.readInt();
                    pv[f][i] = in.readFloat();
                }
            }
            return new NeighbourIndex(docs, pd, pv);
        }
    }
}
