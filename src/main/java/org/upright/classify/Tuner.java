package org.upright.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Learns a {@link Tuning} on validation examples the model was not trained on: the neighbours' weight, the
 * Platt scaling, every issue's threshold and the category offsets. Only validation data is looked at.
 */
final class Tuner {
    static final int NEIGHBOURS = 12;
    private static final double[] BLENDS = {0, 0.15, 0.3, 0.4, 0.5, 0.6, 0.7};
    private static final double[] NEAR_BLENDS = {0.3, 0.5, 0.7, 0.85, 1};
    /** A threshold learnt on few positives is pulled towards the global one as if it had this many more. */
    private static final double SHRINK = 20;

    private Tuner() {
    }

    /**
     * How the decisions are learnt.
     *
     * @param shrink a threshold learnt on few positives is pulled towards the global one as if it had this many more
     * @param near   whether texts with a nearly identical neighbour get a neighbours' weight of their own
     */
    record Settings(double shrink, boolean near) {
        /** Chosen on sessions 14–15 of a model trained on sessions 1–13 (docs/CLASSIFICATION.md). */
        static Settings defaults() {
            return new Settings(SHRINK, true);
        }
    }

    private static final double[] NEAR_SIMILARITIES = {0.6, 0.7, 0.8, 0.9};

    static Tuning tune(TextModel model, List<Example> validation) {
        return tune(model.issues, raws(model, validation), validation, Settings.defaults());
    }

    static List<TextModel.Raw> raws(TextModel model, List<Example> examples) {
        return examples.parallelStream().map(e -> model.raw(e.text(), NEIGHBOURS)).toList();
    }

    static Tuning tune(List<String> issues, List<TextModel.Raw> raws, List<Example> validation, Settings settings) {
        int nIssues = issues.size();
        List<Integer> withIssues = new ArrayList<>();
        for (int i = 0; i < validation.size(); i++) if (validation.get(i).hasIssueLabels()) withIssues.add(i);
        boolean[][] gold = new boolean[validation.size()][nIssues];
        for (int i : withIssues) {
            for (String l : validation.get(i).issues()) {
                int idx = issues.indexOf(l);
                if (idx >= 0) gold[i][idx] = true;
            }
        }
        // 1. the neighbours' weight: best micro-F1 with one global threshold; then, for texts whose nearest
        //    neighbour is nearly the same text, a weight of their own
        double bestBeta = 0, bestF1 = -1;
        for (double beta : BLENDS) {
            double f1 = bestGlobal(raws, gold, withIssues, beta, beta, 2)[1];
            if (f1 > bestF1 + 1e-4) {
                bestF1 = f1;
                bestBeta = beta;
            }
        }
        double nearBeta = bestBeta, nearSim = 2;
        if (settings.near()) {
            for (double sim : NEAR_SIMILARITIES) {
                for (double beta : NEAR_BLENDS) {
                    double f1 = bestGlobal(raws, gold, withIssues, bestBeta, beta, sim)[1];
                    if (f1 > bestF1 + 1e-4) {
                        bestF1 = f1;
                        nearBeta = beta;
                        nearSim = sim;
                    }
                }
            }
        }
        final double far = bestBeta, nearW = nearBeta, nearS = nearSim;
        java.util.function.Function<TextModel.Raw, double[]> blend =
                r -> TextModel.blendIssues(r, r.nearest() >= nearS ? nearW : far);
        // 2. Platt scaling of the blended score
        List<double[]> pairs = new ArrayList<>();
        for (int i : withIssues) {
            double[] s = blend.apply(raws.get(i));
            for (int l = 0; l < nIssues; l++) pairs.add(new double[] {Tuning.logit(s[l]), gold[i][l] ? 1 : 0});
        }
        double[] ab = platt(pairs);
        double[][] p = new double[validation.size()][];
        for (int i : withIssues) {
            double[] s = blend.apply(raws.get(i));
            p[i] = new double[nIssues];
            for (int l = 0; l < nIssues; l++) p[i][l] = Tuning.sigmoid(ab[0] * Tuning.logit(s[l]) + ab[1]);
        }
        // 3. per-issue thresholds on the calibrated probabilities
        double global = bestThreshold(p, gold, withIssues, -1)[0];
        float[] thresholds = new float[nIssues];
        for (int l = 0; l < nIssues; l++) {
            int support = 0;
            for (int i : withIssues) if (gold[i][l]) support++;
            double own = support == 0 ? global : bestThreshold(p, gold, withIssues, l)[0];
            thresholds[l] = (float) ((support * own + settings.shrink() * global) / (support + settings.shrink()));
        }
        // 4. the category: neighbours' weight, offsets for macro-F1, calibration of the chosen one
        List<Integer> withCategory = new ArrayList<>();
        for (int i = 0; i < validation.size(); i++) if (validation.get(i).category() != null) withCategory.add(i);
        float[] offsets = new float[5];
        double bestGamma = 0, bestMacro = -1;
        for (double gamma : BLENDS) {
            double m = categoryMacro(raws, validation, withCategory, gamma, offsets);
            if (m > bestMacro + 1e-4) {
                bestMacro = m;
                bestGamma = gamma;
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < 5; c++) {
                float bestO = offsets[c];
                double bestM = categoryMacro(raws, validation, withCategory, bestGamma, offsets);
                for (float o = -1.0f; o <= 1.0f; o += 0.1f) {
                    offsets[c] = o;
                    double m = categoryMacro(raws, validation, withCategory, bestGamma, offsets);
                    if (m > bestM + 1e-4) {
                        bestM = m;
                        bestO = o;
                    }
                }
                offsets[c] = bestO;
            }
        }
        List<double[]> catPairs = new ArrayList<>();
        for (int i : withCategory) {
            double[] d = TextModel.blendCategory(raws.get(i), bestGamma, offsets);
            int c = TextModel.argmax(d, offsets);
            catPairs.add(new double[] {Tuning.logit(d[c]), c + 1 == validation.get(i).category() ? 1 : 0});
        }
        double[] cab = catPairs.isEmpty() ? new double[] {1, 0} : platt(catPairs);
        return new Tuning(bestBeta, bestGamma, NEIGHBOURS, ab[0], ab[1], thresholds, offsets, cab[0], cab[1], nearBeta, nearSim);
    }

    /** [threshold, micro-F1] for the best single threshold on the blended (uncalibrated) scores. */
    private static double[] bestGlobal(List<TextModel.Raw> raws, boolean[][] gold, List<Integer> rows, double beta,
                                       double nearBeta, double nearSimilarity) {
        double[][] p = new double[raws.size()][];
        for (int i : rows) p[i] = TextModel.blendIssues(raws.get(i), raws.get(i).nearest() >= nearSimilarity ? nearBeta : beta);
        return bestThreshold(p, gold, rows, -1);
    }

    /**
     * [threshold, F1]: over every issue (label −1, micro-F1, with the top issue always chosen) or one issue's
     * own F1.
     */
    private static double[] bestThreshold(double[][] p, boolean[][] gold, List<Integer> rows, int label) {
        double bestT = 0.5, bestF = -1;
        for (double t = 0.05; t < 0.951; t += 0.025) {
            long tp = 0, fp = 0, fn = 0;
            for (int i : rows) {
                int from = label < 0 ? 0 : label, to = label < 0 ? p[i].length : label + 1;
                int top = 0;
                if (label < 0) for (int l = 1; l < p[i].length; l++) if (p[i][l] > p[i][top]) top = l;
                for (int l = from; l < to; l++) {
                    boolean q = p[i][l] >= t || (label < 0 && l == top);
                    if (q && gold[i][l]) tp++;
                    else if (q) fp++;
                    else if (gold[i][l]) fn++;
                }
            }
            double f = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f > bestF) {
                bestF = f;
                bestT = t;
            }
        }
        return new double[] {bestT, bestF};
    }

    private static double categoryMacro(List<TextModel.Raw> raws, List<Example> val, List<Integer> rows, double gamma,
                                        float[] offsets) {
        List<String> gold = new ArrayList<>(), pred = new ArrayList<>();
        for (int i : rows) {
            double[] d = TextModel.blendCategory(raws.get(i), gamma, offsets);
            gold.add(String.valueOf(val.get(i).category()));
            pred.add(String.valueOf(TextModel.argmax(d, offsets) + 1));
        }
        return Metrics.singleLabel(gold, pred).macroF1();
    }

    /** Platt scaling: a and b of σ(a·x + b) fitted by Newton's method on (x, y) pairs. */
    static double[] platt(List<double[]> pairs) {
        double a = 1, b = 0;
        for (int iter = 0; iter < 50; iter++) {
            double ga = 0, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-6;
            for (double[] xy : pairs) {
                double p = Tuning.sigmoid(a * xy[0] + b);
                double r = p - xy[1], w = p * (1 - p);
                ga += r * xy[0];
                gb += r;
                haa += w * xy[0] * xy[0];
                hab += w * xy[0];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) break;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-7) break;
        }
        return new double[] {a, b};
    }

    static Set<Integer> none() {
        return Set.of();
    }
}
