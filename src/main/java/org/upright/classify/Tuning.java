package org.upright.classify;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What was learnt on the validation split and is kept for the final model: how much the nearest neighbours
 * count against the linear model, the Platt scaling that turns blended scores into probabilities, the
 * decision threshold of every issue, and the per-category offsets and calibration of the action category.
 *
 * @param issueBlend     weight of the neighbours' vote in an issue's score (0: linear model only)
 * @param categoryBlend  weight of the neighbours' vote in the category distribution
 * @param neighbours     how many neighbours vote
 * @param plattA         issue calibration: p = σ(a·logit(score) + b)
 * @param plattB         see plattA
 * @param thresholds     per issue, in the model's issue order: suggested when the calibrated probability reaches it
 * @param categoryOffsets added to the log of each category's score before the argmax (categories 1–5)
 * @param categoryA      calibration of the chosen category's probability: σ(a·logit(p) + b)
 * @param categoryB      see categoryA
 * @param nearBlend      weight of the neighbours' vote instead of issueBlend when the nearest neighbour is at least
 *                       nearSimilarity alike (a recommendation UPR Info has coded before in nearly the same words)
 * @param nearSimilarity see nearBlend (above 1: never)
 */
record Tuning(double issueBlend, double categoryBlend, int neighbours, double plattA, double plattB, float[] thresholds,
              float[] categoryOffsets, double categoryA, double categoryB, double nearBlend,
              double nearSimilarity) {

    /** No neighbours, no calibration, threshold 0.5 everywhere, plain argmax: the baseline's decisions. */
    static Tuning plain(int issues) {
        float[] t = new float[issues];
        Arrays.fill(t, 0.5f);
        return new Tuning(0, 0, 0, 1, 0, t, new float[5], 1, 0, 0, 2);
    }

    /** The same tuning for a model whose issues are {@code to}: thresholds follow the names; new issues get the median. */
    Tuning remap(List<String> from, List<String> to) {
        float[] sorted = Arrays.copyOf(thresholds, thresholds.length);
        Arrays.sort(sorted);
        float median = sorted.length == 0 ? 0.5f : sorted[sorted.length / 2];
        float[] t = new float[to.size()];
        for (int i = 0; i < t.length; i++) {
            int j = from.indexOf(to.get(i));
            t[i] = j >= 0 ? thresholds[j] : median;
        }
        return new Tuning(issueBlend, categoryBlend, neighbours, plattA, plattB, t, categoryOffsets, categoryA, categoryB,
                nearBlend, nearSimilarity);
    }

    static double logit(double p) {
        double q = Math.max(1e-6, Math.min(1 - 1e-6, p));
        return Math.log(q / (1 - q));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The neighbours' weight for this text: more when its nearest neighbour is nearly the same text. */
    double blendFor(TextModel.Raw r) {
        return r.nearest() >= nearSimilarity ? nearBlend : issueBlend;
    }

    /** Calibrated probabilities of every issue. */
    double[] issueProbabilities(TextModel.Raw r) {
        double[] blended = TextModel.blendIssues(r, blendFor(r));
        double[] p = new double[blended.length];
        for (int l = 0; l < p.length; l++) p[l] = issueProbability(blended[l]);
        return p;
    }

    double issueProbability(double score) {
        return sigmoid(plattA * logit(score) + plattB);
    }

    double categoryProbability(double p) {
        return sigmoid(categoryA * logit(p) + categoryB);
    }

    void save(Path file, List<String> issues) throws IOException {
        Properties p = new Properties();
        p.setProperty("issueBlend", Double.toString(issueBlend));
        p.setProperty("categoryBlend", Double.toString(categoryBlend));
        p.setProperty("nearBlend", Double.toString(nearBlend));
        p.setProperty("nearSimilarity", Double.toString(nearSimilarity));
        p.setProperty("neighbours", Integer.toString(neighbours));
        p.setProperty("plattA", Double.toString(plattA));
        p.setProperty("plattB", Double.toString(plattB));
        p.setProperty("categoryA", Double.toString(categoryA));
        p.setProperty("categoryB", Double.toString(categoryB));
        for (int c = 0; c < 5; c++) p.setProperty("categoryOffset." + (c + 1), Float.toString(categoryOffsets[c]));
        for (int i = 0; i < issues.size(); i++) p.setProperty("threshold." + issues.get(i), Float.toString(thresholds[i]));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "decisions learnt on the validation split; thresholds are on calibrated probabilities");
        }
    }

    static Tuning load(Path file, List<String> issues) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        float[] t = new float[issues.size()];
        for (int i = 0; i < t.length; i++) t[i] = Float.parseFloat(p.getProperty("threshold." + issues.get(i), "0.5"));
        float[] o = new float[5];
        for (int c = 0; c < 5; c++) o[c] = Float.parseFloat(p.getProperty("categoryOffset." + (c + 1), "0"));
        return new Tuning(d(p, "issueBlend"), d(p, "categoryBlend"), (int) d(p, "neighbours"), d(p, "plattA"),
                d(p, "plattB"), t, o, d(p, "categoryA"), d(p, "categoryB"),
                Double.parseDouble(p.getProperty("nearBlend", "0")), Double.parseDouble(p.getProperty("nearSimilarity", "2")));
    }

    private static double d(Properties p, String key) throws IOException {
        String v = p.getProperty(key);
        if (v == null) throw new IOException("tuning.properties lacks " + key);
        return Double.parseDouble(v);
    }
}
