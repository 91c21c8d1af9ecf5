package org.upright.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.KeptUntilChanged;
import org.upright.common.Viewer;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.LabelOrigin;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.recommendation.RecommendationsChanged;
import org.upright.state.StateDirectory;

/**
 * Suggestions for the record: when the data folder has a model ({@code <data-dir>/model}), recommendations that
 * lack labels of a kind from a source or a person get MACHINE labels of that kind (and an action category
 * when the record has none), each with confidence and model version. A person accepts (→ PERSON label) or
 * rejects (→ remembered, never suggested again) each suggestion. Suggestions are made on a background thread
 * after each import, never on a web request.
 */
public final class ClassificationService implements AutoCloseable {
    private static final int BATCH = 500;

    private final RecommendationService recommendations;
    private final SuggestionStore store;
    private final Path modelDir;
    private final StateDirectory states;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "classification");
        t.setDaemon(true);
        return t;
    });
    private volatile Classifier model;
    private volatile String loadedFrom;

    private final ChangeEvents events;

    /** What /classification shows: counting and reading it took the page 388 ms; it changes only with suggestions. */
    private final KeptUntilChanged<Map<String, Long>> counts;
    private final KeptUntilChanged<Optional<Evaluation>> evaluation;

    public ClassificationService(RecommendationService recommendations, SuggestionStore store, Path modelDir,
                                 StateDirectory states, ChangeEvents events) {
        this.events = events;
        this.recommendations = recommendations;
        this.store = store;
        this.modelDir = modelDir;
        this.states = states;
        this.counts = new KeptUntilChanged<>(store::counts);
        this.evaluation = new KeptUntilChanged<>(() ->
                Optional.ofNullable(Classifier.evaluationJson(modelDir)).map(Evaluation::fromJson));
        events.subscribe(RecommendationsChanged.class, changed -> {
            counts.forget();
            evaluation.forget();
        });
    }

    public Path modelDir() {
        return modelDir;
    }

    /** Suggests for the changed recommendations on the background thread, when there is a model. */
    public void onChange(RecommendationsChanged event) {
        // the announcement of suggestions or of a person's decision (for the search index) changed no text
        if (event.labelsOnly()) return;
        // changes read from the change log were made (and suggested for) by the node that made them; suggesting
        // again here would log new changes that every node reads back, without end
        if (event.fromChangeLog()) return;
        if (event.ids().isEmpty() || !Files.exists(modelDir.resolve("model.properties"))) return;
        List<RecommendationId> ids = List.copyOf(event.ids());
        if (background.isShutdown()) return;
        try {
            background.submit(() -> {
                try {
                    suggest(ids);
                } catch (RuntimeException e) {
                    System.err.println("classification: suggestions after the import failed: " + e.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the app is shutting down
        }
    }

    /** The model of the data folder, loaded once (again when its version changes); empty when there is none. */
    public synchronized Optional<Classifier> model() {
        Path props = modelDir.resolve("model.properties");
        if (!Files.exists(props)) return Optional.empty();
        String stamp;
        try {
            stamp = Files.getLastModifiedTime(props).toString();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (model == null || !stamp.equals(loadedFrom)) {
            model = Classifier.load(modelDir);
            loadedFrom = stamp;
        }
        return Optional.of(model);
    }

    /** The evaluation stored with the data folder's model. */
    /** The model's evaluation, read from its folder once until suggestions change (a new model makes new ones). */
    public Optional<Evaluation> evaluation() {
        return evaluation.get();
    }

    public Optional<String> modelVersion() {
        try {
            return model().map(Classifier::version);
        } catch (ModelException e) {
            return Optional.empty();
        }
    }

    /** Suggests for these recommendations; returns how many got suggestions. */
    public int suggest(List<RecommendationId> ids) {
        Optional<Classifier> m = model();
        if (m.isEmpty()) return 0;
        int done = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            done += suggestFor(m.get(), recommendations.recommendations(ids.subList(from, Math.min(ids.size(), from + BATCH))));
        }
        return done;
    }

    /** Suggests for every recommendation this model has not seen yet; returns how many got suggestions. */
    public int suggestMissing(Consumer<String> log) {
        Optional<Classifier> m = model();
        if (m.isEmpty()) return 0;
        Set<Long> done = store.suggestedBy(m.get().version());
        int[] count = {0};
        recommendations.forEach(BATCH, batch -> {
            List<Recommendation> todo = batch.stream().filter(r -> !done.contains(r.id().value())).toList();
            count[0] += suggestFor(m.get(), todo);
        });
        log.accept("classification: suggestions made for " + count[0] + " recommendations with model " + m.get().version());
        return count[0];
    }

    private int suggestFor(Classifier model, List<Recommendation> batch) {
        Map<Long, Set<String>> rejected = store.rejections(batch.stream().map(Recommendation::id).toList());
        List<SuggestionStore.Suggested> out = batch.parallelStream().map(r -> suggestion(model, r,
                rejected.getOrDefault(r.id().value(), Set.of()))).filter(s -> s != null).toList();
        store.save(out);
        if (!out.isEmpty()) events.publish(RecommendationsChanged.labelsOf(out.stream().map(SuggestionStore.Suggested::id).toList()));
        return out.size();
    }

    /** What to store for one recommendation: only kinds no source and no person has labelled. */
    private static SuggestionStore.Suggested suggestion(Classifier model, Recommendation r, Set<String> rejected) {
        Set<LabelKind> open = EnumSet.allOf(LabelKind.class);
        for (Label l : r.labels()) if (l.origin() != LabelOrigin.MACHINE) open.remove(l.kind());
        // a source that coded goals coded targets too (none where it gives none), and a person who set either decided both
        Set<LabelKind> sdgKinds = EnumSet.of(LabelKind.SDG, LabelKind.SDG_TARGET);
        if (!open.containsAll(sdgKinds)) open.removeAll(sdgKinds);
        // SDGs a source brings later (an Explorer export after a Working Group report) replace the machine's
        Set<LabelKind> cleared = EnumSet.noneOf(LabelKind.class);
        cleared.addAll(open);
        if (!open.containsAll(sdgKinds) && r.labels().stream().anyMatch(l -> l.origin() == LabelOrigin.MACHINE && sdgKinds.contains(l.kind()))) {
            cleared.addAll(sdgKinds);
        }
        boolean needsAction = r.actionCategory() == null;
        if (cleared.isEmpty() && !needsAction) return null;
        Prediction p = model.predict(r.text());
        List<SuggestionStore.Labelled> labels = new ArrayList<>();
        add(labels, open, LabelKind.ISSUE, p.issues(), rejected);
        add(labels, open, LabelKind.THEME, p.themes(), rejected);
        add(labels, open, LabelKind.GROUP, p.groups(), rejected);
        add(labels, open, LabelKind.SDG, p.sdgs(), rejected);
        add(labels, open, LabelKind.SDG_TARGET, p.sdgTargets(), rejected);
        Suggestion action = needsAction && p.category() != null && !rejected.contains("ACTION|" + p.category().value())
                ? p.category() : null;
        return new SuggestionStore.Suggested(r.id(), cleared, labels, action, model.version());
    }

    private static void add(List<SuggestionStore.Labelled> out, Set<LabelKind> open, LabelKind kind, List<Suggestion> values,
                            Set<String> rejected) {
        if (!open.contains(kind)) return;
        for (Suggestion s : values) {
            if (!rejected.contains(kind.name() + "|" + s.value())) out.add(new SuggestionStore.Labelled(kind, s.value(), s.confidence()));
        }
    }

    /** A person accepts a label: KIND is issue, theme, group, sdg, sdg_target or action (VALUE then 1–5). */
    public String accept(RecommendationId id, String kind, String value) {
        return accept(Viewer.cli(), id, kind, value);
    }

    /** The same, for the person named, who goes into the audit log with the label before and after. */
    public String accept(Viewer who, RecommendationId id, String kind, String value) {
        Map<String, Object> before = labelState(id, kind, value);
        String done = acceptOne(id, kind, value);
        events.publish(RecommendationsChanged.labelsOf(List.of(id)));
        events.publish(new Audited(who, "label.accept", "recommendation/" + id.value(), before, labelState(id, kind, value), Map.of()));
        return done;
    }

    private String acceptOne(RecommendationId id, String kind, String value) {
        Recommendation r = recommendations.recommendation(id).orElseThrow(() -> new ModelException("no recommendation " + id.value()));
        if (isAction(kind)) {
            int c = category(value);
            return store.acceptAction(id, c) ? "action category " + c + " set for recommendation " + id.value()
                    : "recommendation " + id.value() + " already has action category " + r.actionCategory() + " from its source; left as it is";
        }
        LabelKind k = kind(kind);
        store.accept(id, k, value);
        return k.name().toLowerCase(Locale.ROOT) + " \"" + value + "\" accepted for recommendation " + id.value() + " (now a label given by a person)";
    }

    /** A person rejects a suggestion; it is removed and not suggested again for this recommendation. */
    public String reject(RecommendationId id, String kind, String value) {
        return reject(Viewer.cli(), id, kind, value);
    }

    /** The same, for the person named, who goes into the audit log with the label before and after. */
    public String reject(Viewer who, RecommendationId id, String kind, String value) {
        Map<String, Object> before = labelState(id, kind, value);
        if (isAction(kind)) {
            store.rejectAction(id, category(value));
        } else {
            store.reject(id, kind(kind), value);
        }
        events.publish(RecommendationsChanged.labelsOf(List.of(id)));
        events.publish(new Audited(who, "label.reject", "recommendation/" + id.value(), before, labelState(id, kind, value), Map.of()));
        return kind.toLowerCase(Locale.ROOT) + " \"" + value + "\" rejected for recommendation " + id.value() + "; it will not be suggested again";
    }

    /** What the record says of one label (or of the action category) of a recommendation, for the audit log. */
    private Map<String, Object> labelState(RecommendationId id, String kind, String value) {
        Recommendation r = recommendations.recommendation(id).orElseThrow(() -> new ModelException("no recommendation " + id.value()));
        Map<String, Object> state = new LinkedHashMap<>();
        if (isAction(kind)) {
            state.put("action_category", r.actionCategory());
            state.put("suggested", store.actionSuggestion(id).map(SuggestionStore.ActionSuggestion::category).orElse(null));
            return state;
        }
        LabelKind k = kind(kind);
        state.put("kind", k.name().toLowerCase(Locale.ROOT));
        state.put("value", value);
        Optional<Label> label = r.labels().stream().filter(l -> l.kind() == k && l.value().equals(value)).findFirst();
        state.put("origin", label.map(l -> l.origin().name().toLowerCase(Locale.ROOT)).orElse("none"));
        label.map(Label::confidence).ifPresent(c -> state.put("confidence", c));
        return state;
    }

    public Optional<SuggestionStore.ActionSuggestion> actionSuggestion(RecommendationId id) {
        return store.actionSuggestion(id);
    }

    /** Suggestions by kind: a count over every suggestion, kept until suggestions or labels change. */
    public Map<String, Long> counts() {
        return counts.get();
    }

    private static boolean isAction(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        return k.equals("action") || k.equals("action_category") || k.equals("action-category");
    }

    private static int category(String value) {
        if (!value.trim().matches("[1-5]")) throw new ModelException("an action category is a number 1-5, not \"" + value + "\"");
        return Integer.parseInt(value.trim());
    }

    static LabelKind kind(String kind) {
        String k = kind.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (k.equals("TARGET")) return LabelKind.SDG_TARGET;
        try {
            return LabelKind.valueOf(k);
        } catch (IllegalArgumentException e) {
            throw new ModelException("unknown label kind \"" + kind + "\"; use issue, theme, group, sdg, sdg_target (or target) or action");
        }
    }

    /**
     * Trains on the record: labels from sources and labels people accepted (machine suggestions are left out),
     * with each recommendation's session; writes the model folder.
     */
    public Classification.Trained trainFromRecord(Trainer.Kind kind, Path out, Consumer<String> log) throws IOException {
        List<Example> examples = new ArrayList<>();
        recommendations.forEach(BATCH, batch -> {
            for (Recommendation r : batch) {
                if (r.pledge()) continue;
                List<Label> labels = r.labels().stream().filter(l -> l.origin() != LabelOrigin.MACHINE).toList();
                if (labels.isEmpty()) continue;
                examples.add(TrainingData.example(r.text(), r.session(), labels, r.actionCategory()));
            }
        });
        log.accept("read " + examples.size() + " labelled recommendations from the record");
        return new Classification(states).train(examples, kind, "the record", out, log);
    }

    /**
     * For `demo`: when the data folder has no model, trains one on the labelled files under {@code data} (the UPR
     * Info exports, OHCHR thematic lists and SDG Explorer exports the demo imports), then suggests for every
     * recommendation. Meant for a background thread.
     */
    public void ensureModelAndSuggest(Path data, Consumer<String> log) {
        try {
            if (!Files.exists(modelDir.resolve("model.properties"))) {
                List<Path> labelled = new ArrayList<>();
                for (String sub : List.of("upr-info", "ohchr-thematic", "dihr-sdg-explorer")) if (Files.isDirectory(data.resolve(sub))) labelled.add(data.resolve(sub));
                if (labelled.isEmpty()) labelled.add(data);
                log.accept("classification: no model in " + modelDir + " yet; training one on " + labelled + " (once)");
                new Classification(states).train(labelled, Trainer.Kind.STRONG, modelDir, log);
            }
            suggestMissing(log);
        } catch (IOException | RuntimeException e) {
            log.accept("classification: no suggestions: " + e.getMessage());
        }
    }

    /**
     * Runs a long task (training for `demo`) on a daemon thread of its own: closing the app does not wait for it,
     * and a model is only put in place once it is complete, so stopping half-way leaves nothing half-written.
     */
    public void inBackground(Runnable task) {
        Thread t = new Thread(task, "classification-long");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for suggestions still being made (an import from the command line ends only after them). */
    @Override
    public void close() {
        background.shutdown();
        try {
            if (!background.awaitTermination(10, TimeUnit.MINUTES)) background.shutdownNow();
        } catch (InterruptedException e) {
            background.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
