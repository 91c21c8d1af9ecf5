package org.upright.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Scores of predictions against human labels: F1 for label sets and categories, and calibration. */
public final class Metrics {
    private Metrics() {
    }

    /** Precision, recall, F1 and support (number of gold occurrences) of one label. */
    public record LabelScore(String label, int support, int predicted, int correct, double precision, double recall, double f1) {
        static LabelScore of(String label, int support, int predicted, int correct) {
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double r = support == 0 ? 0 : (double) correct / support;
            return new LabelScore(label, support, predicted, correct, p, r, Metrics.f1(p, r));
        }
    }

    /** Scores of a set of predictions: micro and macro averages and every label's own. */
    public record SetScores(int examples, double microPrecision, double microRecall, double microF1, double macroF1,
                     double accuracy, List<LabelScore> labels) {
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Multi-label scores. Macro-F1 averages the labels that occur in the gold labels of these examples (a label
     * never given by the humans nor predicted has no F1); accuracy is the share of examples whose predicted set
     * equals the gold set exactly.
     */
    static SetScores multiLabel(List<Set<String>> gold, List<Set<String>> predicted) {
        Set<String> labels = new TreeSet<>();
        gold.forEach(labels::addAll);
        predicted.forEach(labels::addAll);
        List<LabelScore> per = new ArrayList<>();
        int tp = 0, np = 0, ng = 0, exact = 0;
        for (int i = 0; i < gold.size(); i++) if (gold.get(i).equals(predicted.get(i))) exact++;
        for (String l : labels) {
            int s = 0, p = 0, c = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).contains(l), q = predicted.get(i).contains(l);
                if (g) s++;
                if (q) p++;
                if (g && q) c++;
            }
            per.add(LabelScore.of(l, s, p, c));
            tp += c;
            np += p;
            ng += s;
        }
        double mp = np == 0 ? 0 : (double) tp / np, mr = ng == 0 ? 0 : (double) tp / ng;
        double macro = per.stream().filter(x -> x.support() > 0).mapToDouble(LabelScore::f1).average().orElse(0);
        return new SetScores(gold.size(), mp, mr, f1(mp, mr), macro, gold.isEmpty() ? 0 : (double) exact / gold.size(), per);
    }

    /** Single-label scores: micro-F1 is accuracy here; macro-F1 over the classes in the gold labels. */
    static SetScores singleLabel(List<String> gold, List<String> predicted) {
        List<Set<String>> g = new ArrayList<>(), p = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            g.add(gold.get(i) == null ? Set.of() : Set.of(gold.get(i)));
            p.add(predicted.get(i) == null ? Set.of() : Set.of(predicted.get(i)));
        }
        return multiLabel(g, p);
    }

    /** One bin of a reliability table. */
    public record Bin(double from, double to, int count, double meanConfidence, double accuracy) {
    }

    /** How well stated probabilities match how often the predictions are right. */
    public record Calibration(int predictions, double expectedCalibrationError, double brier, List<Bin> bins) {
    }

    /** Reliability table in ten equal-width bins and the expected calibration error (count-weighted gap). */
    static Calibration calibration(List<Double> probability, List<Boolean> correct) {
        int bins = 10;
        int[] n = new int[bins];
        double[] conf = new double[bins], acc = new double[bins];
        double brier = 0;
        for (int i = 0; i < probability.size(); i++) {
            double p = Math.max(0, Math.min(1, probability.get(i)));
            int b = Math.min(bins - 1, (int) (p * bins));
            n[b]++;
            conf[b] += p;
            boolean c = correct.get(i);
            acc[b] += c ? 1 : 0;
            brier += (p - (c ? 1 : 0)) * (p - (c ? 1 : 0));
        }
        List<Bin> table = new ArrayList<>();
        double ece = 0;
        int total = probability.size();
        for (int b = 0; b < bins; b++) {
            double mc = n[b] == 0 ? 0 : conf[b] / n[b], ma = n[b] == 0 ? 0 : acc[b] / n[b];
            table.add(new Bin(b / (double) bins, (b + 1) / (double) bins, n[b], mc, ma));
            if (total > 0) ece += (double) n[b] / total * Math.abs(mc - ma);
        }
        return new Calibration(total, ece, total == 0 ? 0 : brier / total, table);
    }

    /** The union of several collections as a set (helper for tests and callers). */
    static <T> Set<T> union(Collection<? extends Collection<T>> parts) {
        Set<T> all = new HashSet<>();
        parts.forEach(all::addAll);
        return all;
    }
}
