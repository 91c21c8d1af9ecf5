package org.upright.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains a model from labelled examples. Issues and action category: the latest sessions holding at least
 * {@link #VALIDATION_SHARE} of the examples are held out to tune the neighbours' weight, calibration and
 * thresholds and to measure the model against the baseline; then the model is trained again on everything
 * with what was tuned. Themes, groups and SDGs: entries of the latest session are held out likewise.
 */
public final class Trainer {
    static final double VALIDATION_SHARE = 0.12;
    static final int MIN_EXAMPLES = 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public enum Kind { STRONG, BASELINE }

    private final LinearModel.Options options;
    private final Consumer<String> log;

    public Trainer(Consumer<String> log) {
        this(LinearModel.Options.defaults(), log);
    }

    Trainer(LinearModel.Options options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    public record Result(Classifier classifier, Evaluation evaluation) {
        public void save(Path dir) throws IOException {
            classifier.save(dir, evaluation.json());
        }
    }

    /**
     * Trains on examples read from files or the record; throws {@link ModelException} when they carry neither
     * issues nor enough SDG codes. Issues and action category need UPR Info labels; SDG goals and targets are
     * learnt by {@link SdgModel} when at least {@link SdgModel#MIN_EXAMPLES} recommendations carry SDG codes
     * (the SDG Explorer); themes and groups (and SDGs without such data) by {@link ThematicModel}.
     */
    Result train(List<Example> examples, Kind kind, String trainedOn) {
        long start = System.nanoTime();
        List<Example> labelled = examples.stream().filter(Example::hasIssueLabels).toList();
        List<Example> coded = examples.stream().filter(Example::hasSdgLabels).toList();
        if (coded.size() < SdgModel.MIN_EXAMPLES) coded = List.of();
        boolean sdgLearnt = !coded.isEmpty();
        // the SDG-coded rows (goals, groups of persons, no themes) are the SDG model's; the thematic lists stay the thematic model's
        List<Example> thematic = examples.stream().filter(e -> e.hasThematicLabels() && (!sdgLearnt || !e.themes().isEmpty())).toList();
        if (labelled.size() < MIN_EXAMPLES && !sdgLearnt) {
            throw new ModelException(labelled.isEmpty()
                    ? "none of the " + examples.size() + " recommendations read from " + trainedOn + " carries UPR Info issues"
                      + (coded.isEmpty() && examples.stream().anyMatch(Example::hasSdgLabels) ? " and fewer than " + SdgModel.MIN_EXAMPLES + " carry SDG goals" : "")
                      + "; train needs labelled data: a UPR Info export (its Issue and Action columns)"
                      + (thematic.isEmpty() ? "" : " besides the OHCHR thematic lists given")
                      + ", a DIHR SDG Explorer export (its Goals and Targets columns), or --from-record with labelled recommendations"
                    : "only " + labelled.size() + " recommendations carry UPR Info issues in " + trainedOn
                      + "; train needs at least " + MIN_EXAMPLES + " (a UPR Info export has thousands)");
        }
        TextModel.Kind textKind = kind == Kind.BASELINE ? TextModel.Kind.BASELINE : TextModel.Kind.STRONG;
        Issues issues = labelled.size() < MIN_EXAMPLES ? null : issues(labelled, textKind);
        SdgModel.Fitted sdg = sdgLearnt ? SdgModel.fit(coded, textKind, options, log) : null;
        TermBlock words = (issues != null ? issues.model : sdg.model().goals).features.block(TermBlock.Kind.WORDS);
        Evaluation.ThematicScores thematicScores = null;
        if (!thematic.isEmpty() && issues != null) thematicScores = thematicScores(issues.model, thematic, words);
        ThematicModel finalThemes = issues == null ? ThematicModel.fit(List.of(), List.of(), words)
                : ThematicModel.fit(thematic, predictedIssues(issues.model, thematic), words);

        String created = Instant.now().toString();
        String version = kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + STAMP.format(Instant.now());
        Properties info = new Properties();
        info.setProperty("format.version", String.valueOf(Classifier.FORMAT_VERSION));
        info.setProperty("model.version", version);
        info.setProperty("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        info.setProperty("created", created);
        info.setProperty("trained.on", trainedOn);
        info.setProperty("examples.issues", String.valueOf(issues == null ? 0 : labelled.size()));
        info.setProperty("examples.thematic", String.valueOf(thematic.size()));
        info.setProperty("examples.sdg", String.valueOf(coded.size()));
        Split split = issues != null ? issues.split : split(coded);
        info.setProperty("sessions", split.sessions());
        Classifier classifier = new Classifier(issues == null ? null : issues.model, finalThemes,
                sdg == null ? null : sdg.model(), info);
        double seconds = (System.nanoTime() - start) / 1e9;
        log.accept(String.format("trained %s in %.1f s", version, seconds));
        return new Result(classifier, new Evaluation(created, version, trainedOn, issues == null ? coded.size() : labelled.size(),
                seconds, split.describe(), issues == null ? null : issues.strong, issues == null ? null : issues.baseline,
                thematicScores, sdg == null ? null : sdg.scores()));
    }

    /** The issues and action category model, with what it scored on its validation split. */
    private record Issues(TextModel model, Split split, Evaluation.ModelScores strong, Evaluation.ModelScores baseline) {
    }

    private Issues issues(List<Example> labelled, TextModel.Kind textKind) {
        Split split = split(labelled);
        log.accept("training on " + labelled.size() + " labelled recommendations (" + split.describe() + ")");
        Evaluation.ModelScores strongScores = null, baselineScores;
        Tuning tuning = null;
        List<String> tunedIssues = List.of();
        ThematicModel noThemes = ThematicModel.fit(List.of(), List.of(), null);
        if (textKind == TextModel.Kind.STRONG) {
            TextModel m = TextModel.fit(TextModel.Kind.STRONG, split.train, options);
            tuning = Tuner.tune(m, split.validation);
            tunedIssues = m.issues;
            m.tuning = tuning;
            strongScores = Evaluation.score("strong", new Classifier(m, noThemes, new Properties()), split.validation);
            log.accept(String.format("validation, strong:   issues micro-F1 %.3f, action category macro-F1 %.3f",
                    strongScores.issues().microF1(), strongScores.category().macroF1()));
        }
        TextModel b = TextModel.fit(TextModel.Kind.BASELINE, split.train, options);
        baselineScores = Evaluation.score("baseline", new Classifier(b, noThemes, new Properties()), split.validation);
        log.accept(String.format("validation, baseline: issues micro-F1 %.3f, action category macro-F1 %.3f",
                baselineScores.issues().microF1(), baselineScores.category().macroF1()));
        TextModel finalText = TextModel.fit(textKind, labelled, options);
        finalText.withTuning(tuning == null ? null : tuning.remap(tunedIssues, finalText.issues));
        return new Issues(finalText, split, strongScores, baselineScores);
    }

    private Evaluation.ThematicScores thematicScores(TextModel text, List<Example> thematic, TermBlock words) {
        TreeSet<Integer> sessions = new TreeSet<>();
        thematic.forEach(e -> {
            if (e.session() != null) sessions.add(e.session());
        });
        if (sessions.size() < 2) return null;
        int last = sessions.last();
        List<Example> train = thematic.stream().filter(e -> e.session() == null || e.session() != last).toList();
        List<Example> test = thematic.stream().filter(e -> e.session() != null && e.session() == last).toList();
        ThematicModel learnt = ThematicModel.fit(train, predictedIssues(text, train), words);
        Map<String, Metrics.SetScores> combined = Evaluation.thematic(new Classifier(text, learnt, new Properties()), test);
        Map<String, Metrics.SetScores> rules = Evaluation.thematic(
                new Classifier(text, ThematicModel.fit(List.of(), List.of(), words), new Properties()), test);
        String split = "trained on " + train.size() + " entries (sessions " + sessions.headSet(last) + "), tested on "
                + test.size() + " entries of session " + last;
        combined.forEach((k, s) -> log.accept(String.format("thematic %-6s (%s): micro-F1 %.3f, rules alone %.3f",
                k, split, s.microF1(), rules.get(k).microF1())));
        return new Evaluation.ThematicScores(split, combined, rules);
    }

    private static List<Set<String>> predictedIssues(TextModel text, List<Example> entries) {
        return entries.parallelStream().map(e -> text.issueNames(text.predict(e.text()))).toList();
    }

    /** Training and validation examples: the latest sessions hold the validation share. */
    record Split(List<Example> train, List<Example> validation, TreeSet<Integer> trainSessions, TreeSet<Integer> validationSessions) {
        String describe() {
            if (validationSessions.isEmpty()) return "tuned on a random " + validation.size() + " of " + (train.size() + validation.size());
            return "tuned on sessions " + range(trainSessions) + " → validated on sessions " + range(validationSessions)
                    + " (" + train.size() + " / " + validation.size() + " recommendations)";
        }

        String sessions() {
            TreeSet<Integer> all = new TreeSet<>(trainSessions);
            all.addAll(validationSessions);
            return range(all);
        }

        private static String range(TreeSet<Integer> s) {
            return s.isEmpty() ? "-" : s.first() + "-" + s.last();
        }
    }

    static Split split(List<Example> examples) {
        Map<Integer, Integer> bySession = new LinkedHashMap<>();
        for (Example e : examples) if (e.session() != null) bySession.merge(e.session(), 1, Integer::sum);
        TreeSet<Integer> sessions = new TreeSet<>(bySession.keySet());
        TreeSet<Integer> held = new TreeSet<>();
        int heldCount = 0;
        for (Integer s : sessions.descendingSet()) {
            if (heldCount >= VALIDATION_SHARE * examples.size()) break;
            held.add(s);
            heldCount += bySession.get(s);
        }
        if (sessions.size() >= 2 && held.size() < sessions.size() && heldCount <= 0.4 * examples.size()) {
            List<Example> train = new ArrayList<>(), val = new ArrayList<>();
            for (Example e : examples) (e.session() != null && held.contains(e.session()) ? val : train).add(e);
            TreeSet<Integer> trainSessions = new TreeSet<>(sessions);
            trainSessions.removeAll(held);
            return new Split(train, val, trainSessions, held);
        }
        // no usable sessions: every seventh example (by its text's hash, so the split is the same each time)
        List<Example> train = new ArrayList<>(), val = new ArrayList<>();
        for (Example e : examples) (Math.floorMod(e.text().hashCode(), 7) == 0 ? val : train).add(e);
        return new Split(train, val, new TreeSet<>(), new TreeSet<>());
    }
}
