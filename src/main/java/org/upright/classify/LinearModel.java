package org.upright.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A linear model with several outputs over sparse features: independent logistic outputs (one-vs-rest, for
 * labels a recommendation may carry several of) or one softmax (for a single category). Trained by stochastic
 * gradient descent on the log loss with L2 regularisation, the learning rate decaying as
 * η₀ / (1 + η₀·λ·t); weights are kept as scale × matrix so the L2 shrinkage costs nothing per step.
 * The matrix is feature-major: the outputs of one feature lie side by side.
 */
final class LinearModel {
    enum Link { SIGMOID, SOFTMAX }

    /** The loss of the SIGMOID outputs: logistic, or squared hinge (a linear SVM; scores then need calibration). */
    enum Loss { LOG, SQUARED_HINGE }

    /** {@code positiveWeight}: how much more an example's positive outputs count than its negative ones. */
    record Options(double lambda, int epochs, double eta0, long seed, Loss loss, double positiveWeight) {
        Options(double lambda, int epochs, double eta0, long seed) {
            this(lambda, epochs, eta0, seed, Loss.LOG);
        }

        Options(double lambda, int epochs, double eta0, long seed, Loss loss) {
            this(lambda, epochs, eta0, seed, loss, 1);
        }

        /** Logistic regression, λ = 2·10⁻⁶, 12 epochs: the category model and the baseline. */
        static Options defaults() {
            return new Options(2e-6, 12, 0.5, 42, Loss.LOG);
        }

        /**
         * The strong model's issues: a linear SVM (squared hinge), λ = 3·10⁻⁵, an issue a recommendation carries
         * counting 1.5 times one it does not (most issues are rare, so their few positives are otherwise outvoted);
         * chosen on validation sessions 14–15.
         */
        static Options strongIssues() {
            return new Options(3e-5, 12, 0.5, 42, Loss.SQUARED_HINGE, 1.5);
        }
    }

    final Link link;
    final int dimension;
    final int outputs;
    private final float[] weights;
    private final float[] bias;

    private LinearModel(Link link, int dimension, int outputs, float[] weights, float[] bias) {
        this.link = link;
        this.dimension = dimension;
        this.outputs = outputs;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Trains on the examples; {@code targets[i]} is a 0/1 row of the outputs for example i (for SOFTMAX exactly
     * one 1). Examples without any target row (null) are skipped.
     */
    static LinearModel train(Link link, int dimension, int outputs, List<SparseVector> xs, float[][] targets, Options o) {
        return train(link, dimension, outputs, xs, targets, null, o);
    }

    /** As above, each example's gradient scaled by its weight (null: all 1). */
    static LinearModel train(Link link, int dimension, int outputs, List<SparseVector> xs, float[][] targets, float[] weights,
                             Options o) {
        float[] w = new float[dimension * outputs];
        float[] b = new float[outputs];
        int[] order = java.util.stream.IntStream.range(0, xs.size()).filter(i -> targets[i] != null).toArray();
        Random random = new Random(o.seed());
        double scale = 1;
        long t = 0;
        float[] z = new float[outputs];
        float[] g = new float[outputs];
        // the weights at the end of each epoch of the second half are averaged (Polyak averaging, per epoch)
        float[] avgW = new float[w.length];
        float[] avgB = new float[outputs];
        int averaged = 0;
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            shuffle(order, random);
            for (int n : order) {
                SparseVector x = xs.get(n);
                double eta = o.eta0() / (1 + o.eta0() * o.lambda() * t++);
                scores(w, b, scale, outputs, x, z);
                float[] y = targets[n];
                if (link == Link.SIGMOID && o.loss() == Loss.SQUARED_HINGE) {
                    for (int k = 0; k < outputs; k++) {
                        float sign = y[k] > 0 ? 1 : -1;
                        float margin = sign * z[k];
                        g[k] = margin < 1 ? -2 * sign * (1 - margin) * 0.5f : 0;
                    }
                } else {
                    activate(link, z);
                    for (int k = 0; k < outputs; k++) g[k] = z[k] - y[k];
                }
                if (weights != null) for (int k = 0; k < outputs; k++) g[k] *= weights[n];
                if (o.positiveWeight() != 1 && link == Link.SIGMOID) for (int k = 0; k < outputs; k++) if (y[k] > 0) g[k] *= (float) o.positiveWeight();
                scale *= (1 - eta * o.lambda());
                float step = (float) (eta / scale);
                int[] idx = x.index();
                float[] val = x.value();
                for (int j = 0; j < idx.length; j++) {
                    int base = idx[j] * outputs;
                    float xv = val[j] * step;
                    for (int k = 0; k < outputs; k++) w[base + k] -= xv * g[k];
                }
                for (int k = 0; k < outputs; k++) b[k] -= (float) (eta * 0.1 * g[k]);
                if (scale < 1e-6) {
                    for (int i = 0; i < w.length; i++) w[i] *= (float) scale;
                    scale = 1;
                }
            }
            if (epoch >= o.epochs() / 2) {
                float s = (float) scale;
                for (int i = 0; i < w.length; i++) avgW[i] += w[i] * s;
                for (int k = 0; k < outputs; k++) avgB[k] += b[k];
                averaged++;
            }
        }
        for (int i = 0; i < w.length; i++) avgW[i] /= averaged;
        for (int k = 0; k < outputs; k++) avgB[k] /= averaged;
        return new LinearModel(link, dimension, outputs, avgW, avgB);
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    private static void scores(float[] w, float[] b, double scale, int outputs, SparseVector x, float[] z) {
        System.arraycopy(b, 0, z, 0, outputs);
        int[] idx = x.index();
        float[] val = x.value();
        float s = (float) scale;
        for (int j = 0; j < idx.length; j++) {
            int base = idx[j] * outputs;
            float xv = val[j] * s;
            for (int k = 0; k < outputs; k++) z[k] += xv * w[base + k];
        }
    }

    private static void activate(Link link, float[] z) {
        if (link == Link.SIGMOID) {
            for (int k = 0; k < z.length; k++) z[k] = (float) (1 / (1 + Math.exp(-z[k])));
        } else {
            float max = Float.NEGATIVE_INFINITY;
            for (float v : z) max = Math.max(max, v);
            double sum = 0;
            for (int k = 0; k < z.length; k++) {
                z[k] = (float) Math.exp(z[k] - max);
                sum += z[k];
            }
            for (int k = 0; k < z.length; k++) z[k] /= (float) sum;
        }
    }

    /** The raw scores (before the link function). */
    float[] margins(SparseVector x) {
        float[] z = new float[outputs];
        scores(weights, bias, 1, outputs, x, z);
        return z;
    }

    /** Probabilities: per output for SIGMOID, a distribution over the outputs for SOFTMAX. */
    float[] probabilities(SparseVector x) {
        float[] z = margins(x);
        activate(link, z);
        return z;
    }

    private static final int MAGIC = 0x55505257; // "UPRW"

    void save(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeUTF(link.name());
            out.writeInt(dimension);
            out.writeInt(outputs);
            for (float v : bias) out.writeFloat(v);
            for (float v : weights) out.writeFloat(v);
        }
    }

    static LinearModel load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) throw new IOException(file + ": not a weight file of UPRight");
            Link link = Link.valueOf(in.readUTF());
            int dimension = in.readInt();
            int outputs = in.readInt();
            float[] b = new float[outputs];
            for (int k = 0; k < outputs; k++) b[k] = in.readFloat();
            float[] w = new float[dimension * outputs];
            for (int i = 0; i < w.length; i++) w[i] = in.readFloat();
            return new LinearModel(link, dimension, outputs, w, b);
        }
    }
}
