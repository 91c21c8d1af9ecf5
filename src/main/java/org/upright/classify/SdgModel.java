package org.upright.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.upright.recommendation.Label;

/**
 * SDG goals and targets of a text, learnt from a source that codes every recommendation (the DIHR SDG–Human
 * Rights Data Explorer: ~35,000 recommendations). Goals: 17 goals + "none", several per recommendation, "none"
 * never beside a goal. Targets: every target the training data gives at least {@link #MIN_TARGET_EXAMPLES}
 * times, several per recommendation, only under a goal that was chosen. Both are the issues machinery of
 * {@link TextModel} over another label set (TF-IDF, one-vs-rest linear SVM, neighbours, Platt scaling, a
 * threshold per label tuned by {@link Tuner} on a validation split), so the confidences are calibrated alike.
 */
final class SdgModel {
    /** Fewer SDG-coded recommendations than this (the thematic lists: a few hundred) leave SDGs to the rules. */
    static final int MIN_EXAMPLES = 500;
    /** A target is learnt when at least this many training recommendations carry it (rarer ones are not suggested). */
    static final int MIN_TARGET_EXAMPLES = 25;
    /** The targets model's label for "none of the learnt targets"; never suggested. */
    private static final String NO_TARGET = "-";
    static final String GOALS_DIR = "sdg-goals", TARGETS_DIR = "sdg-targets";

    final TextModel goals;
    final TextModel targets;

    SdgModel(TextModel goals, TextModel targets) {
        this.goals = goals;
        this.targets = targets;
    }

    /** The goals and targets suggested for one text, most probable first. */
    record Suggested(List<Suggestion> goals, List<Suggestion> targets, double coverage) {
    }

    /** What training measured on the validation split. */
    record Fitted(SdgModel model, Evaluation.SdgScores scores) {
    }

    /** The goals of an example as the model learns them: "none" only when no goal is given. */
    static Set<String> goalsOf(Example e) {
        Set<String> g = new HashSet<>(e.sdgs());
        if (g.size() > 1) g.remove(Label.NO_SDG);
        return g;
    }

    /**
     * Fits on SDG-coded examples: tunes and scores on the validation split (the latest sessions, as for issues),
     * then fits again on all with what was tuned. BASELINE: words only, logistic regression, threshold 0.5.
     */
    static Fitted fit(List<Example> coded, TextModel.Kind kind, LinearModel.Options options, Consumer<String> log) {
        Trainer.Split split = Trainer.split(coded);
        Set<String> learnt = frequentTargets(split.train());
        log.accept("SDGs: " + coded.size() + " coded recommendations (" + split.describe() + "), " + learnt.size()
                + " targets with at least " + MIN_TARGET_EXAMPLES + " examples");
        Evaluation.SdgScores scores;
        SdgModel validation;
        Tuning goalTuning = null, targetTuning = null;
        // goals and targets are learnt from the same texts: their features are computed once
        TextModel.Features trainFeatures = TextModel.Features.of(kind, split.train());
        if (kind == TextModel.Kind.STRONG) {
            TextModel g = TextModel.fit(kind, goalExamples(split.train()), trainFeatures, options);
            goalTuning = Tuner.tune(g, goalExamples(split.validation()));
            g.withTuning(goalTuning);
            TextModel t = TextModel.fit(kind, targetExamples(split.train(), learnt), trainFeatures, options);
            targetTuning = Tuner.tune(t, targetExamples(split.validation(), learnt));
            t.withTuning(targetTuning);
            validation = new SdgModel(g, t);
            SdgModel baseline = new SdgModel(TextModel.fit(TextModel.Kind.BASELINE, goalExamples(split.train()), options), null);
            scores = score(split.describe(), validation, baseline, split.validation());
        } else {
            validation = new SdgModel(TextModel.fit(kind, goalExamples(split.train()), trainFeatures, options),
                    TextModel.fit(kind, targetExamples(split.train(), learnt), trainFeatures, options));
            scores = score(split.describe(), null, validation, split.validation());
        }
        log.accept(scores.describe());
        Set<String> all = frequentTargets(coded);
        TextModel.Features allFeatures = TextModel.Features.of(kind, coded);
        TextModel g = TextModel.fit(kind, goalExamples(coded), allFeatures, options);
        g.withTuning(goalTuning == null ? null : goalTuning.remap(validation.goals.issues, g.issues));
        TextModel t = TextModel.fit(kind, targetExamples(coded, all), allFeatures, options);
        t.withTuning(targetTuning == null ? null : targetTuning.remap(validation.targets.issues, t.issues));
        return new Fitted(new SdgModel(g, t), scores);
    }

    private static List<Example> goalExamples(List<Example> coded) {
        return coded.stream().map(e -> e.withLabels(goalsOf(e))).toList();
    }

    /** Every example with its learnt targets, or {@link #NO_TARGET}: a goal without a learnt target is a negative for all. */
    private static List<Example> targetExamples(List<Example> coded, Set<String> learnt) {
        return coded.stream().map(e -> {
            Set<String> t = new HashSet<>(e.targets());
            t.retainAll(learnt);
            return e.withLabels(t.isEmpty() ? Set.of(NO_TARGET) : t);
        }).toList();
    }

    static Set<String> frequentTargets(List<Example> coded) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : coded) for (String t : e.targets()) counts.merge(t, 1, Integer::sum);
        Set<String> out = new HashSet<>();
        counts.forEach((t, n) -> {
            if (n >= MIN_TARGET_EXAMPLES) out.add(t);
        });
        return out;
    }

    /** The goals ("none" alone or goals), then the learnt targets above their thresholds under a chosen goal. */
    Suggested predict(String text) {
        TextModel.Output g = goals.predict(text);
        double[] p = g.issueProbability();
        List<Integer> chosen = new ArrayList<>(g.chosen());
        int none = goals.issues.indexOf(Label.NO_SDG);
        if (none >= 0 && chosen.contains(none) && chosen.size() > 1) {
            // "no SDG link" excludes every goal: the more probable side wins
            double best = chosen.stream().filter(l -> l != none).mapToDouble(l -> p[l]).max().orElse(0);
            if (p[none] >= best) chosen = List.of(none);
            else chosen.remove(Integer.valueOf(none));
        }
        List<Suggestion> goalList = new ArrayList<>();
        Set<String> chosenGoals = new LinkedHashSet<>();
        for (int l : chosen) {
            goalList.add(new Suggestion(goals.issues.get(l), p[l]));
            chosenGoals.add(goals.issues.get(l));
        }
        List<Suggestion> targetList = new ArrayList<>();
        if (targets != null && !chosenGoals.contains(Label.NO_SDG)) {
            TextModel.Output t = targets.predict(text);
            for (int l : t.chosen()) {
                String v = targets.issues.get(l);
                double q = t.issueProbability()[l];
                // the fallback "most probable when none passes" is for goals only: a target is suggested on its own merit
                if (!v.equals(NO_TARGET) && q >= targets.tuning.thresholds()[l] && chosenGoals.contains(goalOf(v))) {
                    targetList.add(new Suggestion(v, q));
                }
            }
        }
        return new Suggested(goalList, targetList, g.coverage());
    }

    /** "16.a" → "16". */
    static String goalOf(String target) {
        int dot = target.indexOf('.');
        return dot < 0 ? target : target.substring(0, dot);
    }

    /** Scores on held-out examples: goals against the source's goals, targets against all its targets. */
    static Evaluation.SdgScores score(String split, SdgModel strong, SdgModel baseline, List<Example> test) {
        List<Set<String>> goldGoals = new ArrayList<>(), goldTargets = new ArrayList<>();
        for (Example e : test) {
            goldGoals.add(goalsOf(e));
            goldTargets.add(e.targets());
        }
        Scored s = strong == null ? null : scored(strong, test);
        Scored b = baseline == null ? null : scored(baseline, test);
        return new Evaluation.SdgScores(split, test.size(),
                s == null ? null : Metrics.multiLabel(goldGoals, s.goals), s == null ? null : Metrics.multiLabel(goldTargets, s.targets),
                s == null ? null : calibration(s.suggested, goldGoals),
                b == null ? null : Metrics.multiLabel(goldGoals, b.goals),
                b == null || baseline.targets == null ? null : Metrics.multiLabel(goldTargets, b.targets));
    }

    private record Scored(List<Suggested> suggested, List<Set<String>> goals, List<Set<String>> targets) {
    }

    private static Scored scored(SdgModel m, List<Example> test) {
        List<Suggested> out = test.parallelStream().map(e -> m.predict(e.text())).toList();
        return new Scored(out, out.stream().map(s -> Evaluation.values(s.goals())).toList(),
                out.stream().map(s -> Evaluation.values(s.targets())).toList());
    }

    private static Metrics.Calibration calibration(List<Suggested> suggested, List<Set<String>> gold) {
        List<Double> p = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < suggested.size(); i++) {
            for (Suggestion s : suggested.get(i).goals()) {
                p.add(s.confidence());
                right.add(gold.get(i).contains(s.value()));
            }
        }
        return Metrics.calibration(p, right);
    }

    // --- files: two sub-folders of the model folder, each laid out as the issues model is

    void save(Path dir) throws IOException {
        goals.save(Files.createDirectories(dir.resolve(GOALS_DIR)));
        if (targets != null) targets.save(Files.createDirectories(dir.resolve(TARGETS_DIR)));
    }

    /** The SDG model of a model folder, or null when it was trained without SDG-coded data. */
    static SdgModel load(Path dir, TextModel.Kind kind) throws IOException {
        if (!Files.isDirectory(dir.resolve(GOALS_DIR))) return null;
        TextModel t = Files.isDirectory(dir.resolve(TARGETS_DIR)) ? TextModel.load(dir.resolve(TARGETS_DIR), kind) : null;
        return new SdgModel(TextModel.load(dir.resolve(GOALS_DIR), kind), t);
    }
}
