package org.upright.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The UPR Info issues (several per recommendation) and the action category (one of 1–5) of a text.
 * <ul>
 * <li>{@link Kind#STRONG}: TF-IDF of words, word pairs, character 3–5-grams and the leading phrase; a
 *     one-vs-rest logistic model for issues and a softmax model for the category; blended with the votes of
 *     the nearest training recommendations; Platt-calibrated; a threshold per issue.</li>
 * <li>{@link Kind#BASELINE}: TF-IDF of words and word pairs, one-vs-rest logistic regression for both,
 *     one threshold 0.5 for every issue and the argmax for the category.</li>
 * </ul>
 * At least one issue is always given (the most probable when none reaches its threshold).
 */
final class TextModel {
    enum Kind { STRONG, BASELINE }

    /** What the components say about one text before the tuned decisions. */
    record Raw(float[] linearIssues, float[] neighbourIssues, float[] linearCategory, float[] neighbourCategory,
               double coverage, float nearest) {
    }

    /** The decisions for one text: every issue's calibrated probability, the chosen ones, the category. */
    record Output(double[] issueProbability, List<Integer> chosen, int category, double categoryProbability,
                  double[] categoryDistribution, double coverage) {
    }

    final Kind kind;
    final List<String> issues;
    final FeatureSpace features;
    final LinearModel issueModel;
    final LinearModel categoryModel;
    final NeighbourIndex neighbours;
    final short[][] docIssues;
    final byte[] docCategory;
    Tuning tuning;

    private TextModel(Kind kind, List<String> issues, FeatureSpace features, LinearModel issueModel,
                      LinearModel categoryModel, NeighbourIndex neighbours, short[][] docIssues, byte[] docCategory,
                      Tuning tuning) {
        this.kind = kind;
        this.issues = List.copyOf(issues);
        this.features = features;
        this.issueModel = issueModel;
        this.categoryModel = categoryModel;
        this.neighbours = neighbours;
        this.docIssues = docIssues;
        this.docCategory = docCategory;
        this.tuning = tuning;
    }

    static List<FeatureSpace.BlockSpec> blocks(Kind kind) {
        return kind == Kind.BASELINE
                ? List.of(new FeatureSpace.BlockSpec(TermBlock.Kind.WORDS, 1f, 2))
                : List.of(new FeatureSpace.BlockSpec(TermBlock.Kind.WORDS, 1f, 2),
                          new FeatureSpace.BlockSpec(TermBlock.Kind.CHARS, 1f, 3),
                          new FeatureSpace.BlockSpec(TermBlock.Kind.LEAD, 0.7f, 2));
    }

    /** Fits vocabulary, linear models and (STRONG) the neighbour index on examples with issue labels. */
    static TextModel fit(Kind kind, List<Example> examples, LinearModel.Options options) {
        return fit(kind, examples, options, kind == Kind.BASELINE ? options : LinearModel.Options.strongIssues());
    }

    /** As above with the issue model's options given (for experiments on validation sessions). */
    static TextModel fit(Kind kind, List<Example> examples, LinearModel.Options options, LinearModel.Options issueOptions) {
        return fit(kind, examples, Features.of(kind, examples), options, issueOptions);
    }

    /** The texts' words, the vocabulary fitted on them and their vectors: shared by models of other labels on the same texts. */
    record Features(List<List<String>> words, FeatureSpace space, List<SparseVector> vectors) {
        static Features of(Kind kind, List<Example> examples) {
            List<List<String>> words = examples.parallelStream().map(e -> TextFeatures.words(TextFeatures.normalize(e.text()))).toList();
            FeatureSpace space = FeatureSpace.fit(words, blocks(kind));
            return new Features(words, space, words.parallelStream().map(space::vector).toList());
        }
    }

    /** As above on features already computed for these examples (in the same order). */
    static TextModel fit(Kind kind, List<Example> examples, Features prepared, LinearModel.Options options) {
        return fit(kind, examples, prepared, options, kind == Kind.BASELINE ? options : LinearModel.Options.strongIssues());
    }

    private static TextModel fit(Kind kind, List<Example> examples, Features prepared, LinearModel.Options options,
                                 LinearModel.Options issueOptions) {
        List<String> issues = new ArrayList<>(new TreeSet<>(examples.stream().flatMap(e -> e.issues().stream()).toList()));
        List<List<String>> words = prepared.words();
        FeatureSpace features = prepared.space();
        List<SparseVector> xs = prepared.vectors();
        float[][] issueTargets = new float[examples.size()][];
        float[][] categoryTargets = new float[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (e.hasIssueLabels()) {
                issueTargets[i] = new float[issues.size()];
                for (String l : e.issues()) issueTargets[i][issues.indexOf(l)] = 1;
            }
            if (e.category() != null) {
                categoryTargets[i] = new float[5];
                categoryTargets[i][e.category() - 1] = 1;
            }
        }
        LinearModel.Link categoryLink = kind == Kind.BASELINE ? LinearModel.Link.SIGMOID : LinearModel.Link.SOFTMAX;
        LinearModel.Options categoryOptions = options;
        float[] weights = recencyWeights(examples);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<LinearModel> issueModel = pool.submit(() ->
                    LinearModel.train(LinearModel.Link.SIGMOID, features.dimension(), issues.size(), xs, issueTargets, weights, issueOptions));
            Future<LinearModel> categoryModel = pool.submit(() ->
                    LinearModel.train(categoryLink, features.dimension(), 5, xs, categoryTargets, weights, categoryOptions));
            NeighbourIndex index = null;
            short[][] docIssues = null;
            byte[] docCategory = null;
            if (kind == Kind.STRONG) {
                TermBlock wordBlock = features.block(TermBlock.Kind.WORDS);
                List<SparseVector> wv = words.stream().map(w -> wordBlock.vector(w).normalized()).toList();
                index = NeighbourIndex.build(wv, wordBlock.size());
                docIssues = new short[examples.size()][];
                docCategory = new byte[examples.size()];
                for (int i = 0; i < examples.size(); i++) {
                    Example e = examples.get(i);
                    docIssues[i] = new short[e.issues().size()];
                    int j = 0;
                    for (String l : new TreeSet<>(e.issues())) docIssues[i][j++] = (short) issues.indexOf(l);
                    docCategory[i] = (byte) (e.category() == null ? 0 : e.category());
                }
            }
            return new TextModel(kind, issues, features, issueModel.get(), categoryModel.get(), index, docIssues,
                    docCategory, Tuning.plain(issues.size()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** This model with the tuning given (null: the baseline's plain decisions). */
    TextModel withTuning(Tuning t) {
        this.tuning = t == null ? Tuning.plain(issues.size()) : t;
        return this;
    }

    /**
     * Later sessions could weigh more (UPR Info's coding drifts over the years): weight
     * exp(−(latest − session) / {@link #RECENCY}), scaled to mean 1. Off (0): on the validation sessions it gained
     * nothing measurable (τ = 6: +0.0005 micro-F1), so all examples weigh 1.
     */
    static final double RECENCY = 0;

    static float[] recencyWeights(List<Example> examples) {
        if (RECENCY <= 0) return null;
        int latest = examples.stream().filter(e -> e.session() != null).mapToInt(Example::session).max().orElse(-1);
        if (latest < 0) return null;
        float[] w = new float[examples.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            Integer s = examples.get(i).session();
            w[i] = (float) (s == null ? 1 : Math.exp(-(latest - s) / RECENCY));
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) w[i] *= (float) (w.length / sum);
        return w;
    }

    /** What the linear models and the neighbours say about a text. */
    Raw raw(String text, int k) {
        List<String> words = TextFeatures.words(TextFeatures.normalize(text));
        SparseVector x = features.vector(words);
        float[] li = issueModel.probabilities(x);
        float[] lc = categoryModel.probabilities(x);
        if (kind == Kind.BASELINE) {
            // one-vs-rest for the category: normalise to a distribution for the argmax and the confidence
            float sum = 0;
            for (float v : lc) sum += v;
            for (int c = 0; c < lc.length; c++) lc[c] = sum == 0 ? 0.2f : lc[c] / sum;
        }
        TermBlock wordBlock = features.block(TermBlock.Kind.WORDS);
        double coverage = coverage(words, wordBlock);
        float[] ni = null, nc = null;
        float nearest = 0;
        if (neighbours != null && k > 0) {
            ni = new float[issues.size()];
            nc = new float[5];
            List<NeighbourIndex.Neighbour> near = neighbours.nearest(wordBlock.vector(words).normalized(), k);
            double total = 0, totalC = 0;
            for (NeighbourIndex.Neighbour n : near) {
                double w = Math.pow(Math.max(0, n.similarity()), 3);
                total += w;
                for (short l : docIssues[n.doc()]) ni[l] += (float) w;
                int c = docCategory[n.doc()];
                if (c > 0) {
                    nc[c - 1] += (float) w;
                    totalC += w;
                }
            }
            if (!near.isEmpty()) nearest = near.get(0).similarity();
            for (int l = 0; l < ni.length; l++) ni[l] = total == 0 ? 0 : (float) (ni[l] / total);
            for (int c = 0; c < 5; c++) nc[c] = totalC == 0 ? 0.2f : (float) (nc[c] / totalC);
        }
        return new Raw(li, ni, lc, nc, coverage, nearest);
    }

    /** Share of the text's words the training texts had: low for another language or gibberish. */
    static double coverage(List<String> words, TermBlock wordBlock) {
        if (words.isEmpty()) return 0;
        int known = 0;
        for (String w : words) if (wordBlock.knows(w)) known++;
        return (double) known / words.size();
    }

    static double[] blendIssues(Raw r, double beta) {
        double[] s = new double[r.linearIssues().length];
        for (int l = 0; l < s.length; l++) {
            s[l] = r.neighbourIssues() == null || beta == 0 ? r.linearIssues()[l]
                    : (1 - beta) * r.linearIssues()[l] + beta * r.neighbourIssues()[l];
        }
        return s;
    }

    static double[] blendCategory(Raw r, double gamma, float[] offsets) {
        double[] s = new double[5];
        for (int c = 0; c < 5; c++) {
            double v = r.neighbourCategory() == null || gamma == 0 ? r.linearCategory()[c]
                    : (1 - gamma) * r.linearCategory()[c] + gamma * r.neighbourCategory()[c];
            s[c] = v;
        }
        double sum = Arrays.stream(s).sum();
        for (int c = 0; c < 5; c++) s[c] = sum == 0 ? 0.2 : s[c] / sum;
        return s;
    }

    static int argmax(double[] s, float[] offsets) {
        int best = 0;
        double bestV = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < s.length; c++) {
            double v = Math.log(Math.max(1e-9, s[c])) + offsets[c];
            if (v > bestV) {
                bestV = v;
                best = c;
            }
        }
        return best;
    }

    Output decide(Raw r) {
        return decide(r, tuning);
    }

    Output decide(Raw r, Tuning t) {
        double[] p = t.issueProbabilities(r);
        List<Integer> chosen = new ArrayList<>();
        int best = 0;
        for (int l = 0; l < p.length; l++) {
            if (p[l] >= t.thresholds()[l]) chosen.add(l);
            if (p[l] > p[best]) best = l;
        }
        if (chosen.isEmpty() && p.length > 0) chosen.add(best);
        chosen.sort((a, b) -> Double.compare(p[b], p[a]));
        double[] dist = blendCategory(r, t.categoryBlend(), t.categoryOffsets());
        int c = argmax(dist, t.categoryOffsets());
        return new Output(p, chosen, c + 1, t.categoryProbability(dist[c]), dist, r.coverage());
    }

    Output predict(String text) {
        return decide(raw(text, tuning.neighbours()));
    }

    Set<String> issueNames(Output o) {
        Set<String> names = new LinkedHashSet<>();
        for (int l : o.chosen()) names.add(issues.get(l));
        return names;
    }

    // --- files

    void save(Path dir) throws IOException {
        Files.write(dir.resolve("issues.txt"), issues, StandardCharsets.UTF_8);
        features.save(dir, "vocabulary");
        issueModel.save(dir.resolve("issue-weights.bin"));
        categoryModel.save(dir.resolve("category-weights.bin"));
        tuning.save(dir.resolve("tuning.properties"), issues);
        if (neighbours != null) {
            neighbours.save(dir.resolve("neighbours.bin"));
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(dir.resolve("neighbour-labels.bin")), 1 << 16))) {
                out.writeInt(docIssues.length);
                for (int i = 0; i < docIssues.length; i++) {
                    out.writeByte(docCategory[i]);
                    out.writeByte(docIssues[i].length);
                    for (short l : docIssues[i]) out.writeShort(l);
                }
            }
        }
    }

    static TextModel load(Path dir, Kind kind) throws IOException {
        List<String> issues = Files.readAllLines(dir.resolve("issues.txt"), StandardCharsets.UTF_8).stream()
                .filter(s -> !s.isBlank()).toList();
        FeatureSpace features = FeatureSpace.load(dir, "vocabulary", blocks(kind).size());
        LinearModel im = LinearModel.load(dir.resolve("issue-weights.bin"));
        LinearModel cm = LinearModel.load(dir.resolve("category-weights.bin"));
        Tuning tuning = Tuning.load(dir.resolve("tuning.properties"), issues);
        NeighbourIndex index = null;
        short[][] docIssues = null;
        byte[] docCategory = null;
        if (kind == Kind.STRONG) {
            index = NeighbourIndex.load(dir.resolve("neighbours.bin"));
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                    Files.newInputStream(dir.resolve("neighbour-labels.bin")), 1 << 16))) {
                int n = in.readInt();
                docIssues = new short[n][];
                docCategory = new byte[n];
                for (int i = 0; i < n; i++) {
                    docCategory[i] = in.readByte();
                    docIssues[i] = new short[in.readByte()];
                    for (int j = 0; j < docIssues[i].length; j++) docIssues[i][j] = in.readShort();
                }
            }
        }
        return new TextModel(kind, issues, features, im, cm, index, docIssues, docCategory, tuning);
    }
}
