package org.upright.classify;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of TF-IDF features: a vocabulary of terms of one kind (words and word pairs, character n-grams, or
 * leading phrases) with their inverse document frequencies. A text's vector in the block is sublinear term
 * frequency × idf, scaled to unit length and then by the block's weight, so blocks can be put side by side.
 */
final class TermBlock {
    enum Kind {
        WORDS, CHARS, LEAD;

        List<String> terms(List<String> words) {
            return switch (this) {
                case WORDS -> TextFeatures.wordTerms(words, true);
                case CHARS -> TextFeatures.charTerms(words, 3, 5);
                case LEAD -> TextFeatures.leadTerms(words);
            };
        }
    }

    final Kind kind;
    final float weight;
    private final Map<String, Integer> index;
    private final float[] idf;

    private TermBlock(Kind kind, float weight, Map<String, Integer> index, float[] idf) {
        this.kind = kind;
        this.weight = weight;
        this.index = index;
        this.idf = idf;
    }

    int size() {
        return idf.length;
    }

    /** Learns the vocabulary: terms in at least {@code minDf} of the documents (each a list of words). */
    static TermBlock fit(Kind kind, float weight, List<List<String>> docs, int minDf) {
        Map<String, int[]> df = new HashMap<>();
        for (List<String> words : docs) {
            for (String term : new java.util.HashSet<>(kind.terms(words))) df.computeIfAbsent(term, t -> new int[1])[0]++;
        }
        String[] kept = df.entrySet().stream().filter(e -> e.getValue()[0] >= minDf).map(Map.Entry::getKey)
                .sorted().toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>(kept.length * 2);
        float[] idf = new float[kept.length];
        int n = docs.size();
        for (int i = 0; i < kept.length; i++) {
            index.put(kept[i], i);
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(kept[i])[0])) + 1.0);
        }
        return new TermBlock(kind, weight, index, idf);
    }

    /** The text's vector in this block; terms outside the vocabulary are left out. */
    SparseVector vector(List<String> words) {
        int[] found = kind == Kind.LEAD ? lookUp(kind.terms(words)) : hashed().lookUp(kind, words);
        if (found.length == 0) return SparseVector.EMPTY;
        java.util.Arrays.sort(found);
        int distinct = 0;
        for (int i = 0; i < found.length; i++) if (i == 0 || found[i] != found[i - 1]) distinct++;
        int[] idx = new int[distinct];
        float[] val = new float[distinct];
        int k = -1;
        for (int i = 0; i < found.length; i++) {
            if (i == 0 || found[i] != found[i - 1]) idx[++k] = found[i];
            val[k] += 1;
        }
        double norm = 0;
        for (int j = 0; j < idx.length; j++) {
            val[j] = (float) ((1 + Math.log(val[j])) * idf[idx[j]]);
            norm += (double) val[j] * val[j];
        }
        float scale = (float) (weight / Math.sqrt(norm));
        for (int j = 0; j < val.length; j++) val[j] *= scale;
        return new SparseVector(idx, val);
    }

    /** The same look-up as {@link #vector} makes, through strings (slow; to check the hashed one). */
    int[] lookUpByStrings(List<String> words) {
        return lookUp(kind.terms(words));
    }

    int[] lookUpHashed(List<String> words) {
        return hashed().lookUp(kind, words);
    }

    private int[] lookUp(List<String> terms) {
        int[] out = new int[terms.size()];
        int n = 0;
        for (String t : terms) {
            Integer i = index.get(t);
            if (i != null) out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private volatile HashedTerms hashed;

    /** The vocabulary by 64-bit hash, for looking up words, pairs and n-grams without building strings. */
    private HashedTerms hashed() {
        HashedTerms h = hashed;
        if (h == null) {
            h = new HashedTerms(index);
            hashed = h;
        }
        return h;
    }

    /** True when the word is in the vocabulary (for the WORDS block: how much of a text the model knows). */
    boolean knows(String term) {
        return index.containsKey(term);
    }

    float idf(String term) {
        Integer i = index.get(term);
        return i == null ? 0 : idf[i];
    }

    void save(Path file) throws IOException {
        String[] terms = new String[idf.length];
        index.forEach((t, i) -> terms[i] = t);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# kind=" + kind + " weight=" + weight + " terms=" + terms.length + "\n");
            for (int i = 0; i < terms.length; i++) w.write(terms[i] + '\t' + idf[i] + '\n');
        }
    }

    static TermBlock load(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("# kind=")) throw new IOException(file + ": not a vocabulary file");
            Map<String, String> h = new HashMap<>();
            for (String part : header.substring(2).split(" ")) {
                String[] kv = part.split("=", 2);
                h.put(kv[0], kv[1]);
            }
            int n = Integer.parseInt(h.get("terms"));
            Map<String, Integer> index = new HashMap<>(n * 2);
            float[] idf = new float[n];
            for (int i = 0; i < n; i++) {
                String line = r.readLine();
                if (line == null) throw new IOException(file + ": ends after " + i + " of " + n + " terms");
                int tab = line.lastIndexOf('\t');
                index.put(line.substring(0, tab), i);
                idf[i] = Float.parseFloat(line.substring(tab + 1));
            }
            return new TermBlock(Kind.valueOf(h.get("kind")), Float.parseFloat(h.get("weight")), index, idf);
        }
    }

    @Override
    public String toString() {
        return kind + "×" + weight + " (" + idf.length + " terms)";
    }

    static float[] copy(float[] a) {
        return Arrays.copyOf(a, a.length);
    }
}
