package org.upright.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The second stage of the issue decision: each issue's probability is estimated again from the calibrated
 * first-stage probabilities of <em>all</em> issues, so that what usually goes together (a child's right to
 * education with "Right to education" and "Rights of the Child"; treaty ratification with "International
 * instruments") and what rarely does can move a doubtful issue up or down. One small logistic regression per
 * issue over {@code [1, logit(p_own), own evidence…, p_1 … p_n]} (the own evidence: the linear model's and the
 * neighbours' separate say on the issue, which the first stage had blended with one weight for all), fitted by Newton's method on validation recommendations the
 * first stage was not trained on. Its weights are pulled towards "keep the first stage" (own logit weight 1,
 * everything else 0) so that an issue with few examples stays as it was.
 */
final class IssueStacker {
    private static final int ITERATIONS = 12;
    private static final int MAGIC = 0x55505353; // "UPSS"

    /** weights[l] = [bias, own logit, own evidence 0 … m-1, p_0 … p_{n-1}] of issue l. */
    private final double[][] weights;
    /** m: how many pieces of own evidence each issue has. */
    private final int evidence;

    private IssueStacker(double[][] weights, int evidence) {
        this.weights = weights;
        this.evidence = evidence;
    }

    int evidence() {
        return evidence;
    }

    int issues() {
        return weights.length;
    }

    /**
     * Fits on the rows given of {@code p} (first-stage calibrated probabilities, one row per recommendation)
     * and {@code own} (per row, per issue, its own evidence) against {@code gold}; {@code lambda} is the pull
     * towards the first stage per weight.
     */
    static IssueStacker fit(double[][] p, double[][][] own, boolean[][] gold, List<Integer> rows, double lambda) {
        int n = p[rows.get(0)].length, m = own[rows.get(0)][0].length;
        double[][] w = new double[n][];
        IntStream.range(0, n).parallel().forEach(l -> w[l] = fitOne(p, own, gold, rows, l, n, m, lambda));
        return new IssueStacker(w, m);
    }

    private static double[] fitOne(double[][] p, double[][][] own, boolean[][] gold, List<Integer> rows, int l, int n,
                                   int m, double lambda) {
        int d = n + m + 2;
        double[] w = new double[d];
        double[] prior = new double[d];
        prior[1] = 1;
        w[1] = 1;
        double[] x = new double[d];
        for (int iter = 0; iter < ITERATIONS; iter++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (int j = 1; j < d; j++) {
                g[j] = lambda * (w[j] - prior[j]);
                h[j][j] = lambda;
            }
            h[0][0] = 1e-6;
            for (int i : rows) {
                features(p[i], l, own[i][l], x);
                double z = 0;
                for (int j = 0; j < d; j++) z += w[j] * x[j];
                double q = Tuning.sigmoid(z);
                double r = q - (gold[i][l] ? 1 : 0), s = Math.max(q * (1 - q), 1e-6);
                for (int j = 0; j < d; j++) {
                    if (x[j] == 0) continue;
                    g[j] += r * x[j];
                    double sx = s * x[j];
                    for (int k = j; k < d; k++) h[j][k] += sx * x[k];
                }
            }
            for (int j = 0; j < d; j++) for (int k = 0; k < j; k++) h[j][k] = h[k][j];
            double[] step = solve(h, g);
            if (step == null) break;
            double change = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
                change += Math.abs(step[j]);
            }
            if (change < 1e-6) break;
        }
        return w;
    }

    private static void features(double[] p, int l, double[] own, double[] x) {
        x[0] = 1;
        x[1] = Tuning.logit(p[l]);
        System.arraycopy(own, 0, x, 2, own.length);
        System.arraycopy(p, 0, x, 2 + own.length, p.length);
    }

    /** The second-stage probability of every issue from the first-stage ones and each issue's own evidence. */
    double[] apply(double[] p, double[][] own) {
        double[] x = new double[p.length + evidence + 2];
        double[] out = new double[p.length];
        for (int l = 0; l < out.length; l++) {
            features(p, l, own[l], x);
            double z = 0;
            double[] w = weights[l];
            for (int j = 0; j < w.length; j++) z += w[j] * x[j];
            out[l] = Tuning.sigmoid(z);
        }
        return out;
    }

    /** The same stacker for a model whose issues are {@code to}: a new issue keeps its first-stage probability. */
    IssueStacker remap(List<String> from, List<String> to) {
        int head = 2 + evidence;
        double[][] w = new double[to.size()][to.size() + head];
        for (int l = 0; l < to.size(); l++) {
            int a = from.indexOf(to.get(l));
            if (a < 0) {
                w[l][1] = 1;
                continue;
            }
            System.arraycopy(weights[a], 0, w[l], 0, head);
            for (int k = 0; k < to.size(); k++) {
                int b = from.indexOf(to.get(k));
                if (b >= 0) w[l][k + head] = weights[a][b + head];
            }
        }
        return new IssueStacker(w, evidence);
    }

    /** Solves h·x = g by Gaussian elimination with partial pivoting; null when h is singular. */
    private static double[] solve(double[][] h, double[] g) {
        int d = g.length;
        double[][] a = new double[d][];
        for (int i = 0; i < d; i++) {
            a[i] = java.util.Arrays.copyOf(h[i], d + 1);
            a[i][d] = g[i];
        }
        for (int c = 0; c < d; c++) {
            int piv = c;
            for (int r = c + 1; r < d; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
            if (Math.abs(a[piv][c]) < 1e-12) return null;
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            for (int r = c + 1; r < d; r++) {
                double f = a[r][c] / a[c][c];
                if (f == 0) continue;
                for (int k = c; k <= d; k++) a[r][k] -= f * a[c][k];
            }
        }
        double[] x = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double s = a[r][d];
            for (int k = r + 1; k < d; k++) s -= a[r][k] * x[k];
            x[r] = s / a[r][r];
        }
        return x;
    }

    void save(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(weights.length);
            out.writeInt(evidence);
            for (double[] w : weights) for (double v : w) out.writeDouble(v);
        }
    }

    static IssueStacker load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) throw new IOException(file + ": not a stacker file of UPRight");
            int n = in.readInt(), m = in.readInt();
            if (n < 0 || n > 10_000 || m < 0 || m > 100) throw new IOException(file + ": damaged (" + n + " issues, " + m + " pieces of evidence)");
            double[][] w = new double[n][n + m + 2];
            for (double[] row : w) for (int j = 0; j < row.length; j++) row[j] = in.readDouble();
            return new IssueStacker(w, m);
        }
    }
}
