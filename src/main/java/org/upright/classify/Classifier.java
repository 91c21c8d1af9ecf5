package org.upright.classify;

import static org.upright.common.Folders.deleteTree;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.upright.recommendation.LabelKind;

/**
 * A trained model: suggests issues, action category, themes, groups of persons and SDGs for a text, each with
 * a probability. Kept as a folder of plain files (see {@link #save}); {@code model.properties} names the
 * format version (what this code can read) and the model version (which training made it).
 */
public final class Classifier {
    /** The version of the folder layout and file formats; a folder of another version must be retrained. */
    public static final int FORMAT_VERSION = 1;
    /** Below this share of known words a text is unfamiliar and its confidences are lowered. */
    static final double FAMILIAR = 0.75;

    /** Issues and action category; null for a model trained only on SDG-coded data. */
    final TextModel text;
    final ThematicModel thematic;
    /** SDG goals and targets learnt from SDG-coded data; null without such data (the thematic rules suggest goals). */
    final SdgModel sdg;
    private final Properties info;

    Classifier(TextModel text, ThematicModel thematic, Properties info) {
        this(text, thematic, null, info);
    }

    Classifier(TextModel text, ThematicModel thematic, SdgModel sdg, Properties info) {
        if (text == null && sdg == null) throw new IllegalArgumentException("a model needs issues or SDGs");
        this.text = text;
        this.thematic = thematic;
        this.sdg = sdg;
        this.info = info;
    }

    /** e.g. "strong-20250101T120000Z": which training made this model. */
    public String version() {
        return info.getProperty("model.version");
    }

    public String kind() {
        return info.getProperty("kind");
    }

    public Properties info() {
        Properties copy = new Properties();
        copy.putAll(info);
        return copy;
    }

    public Prediction predict(String input) {
        if (input == null || TextFeatures.words(TextFeatures.normalize(input)).isEmpty()) return Prediction.empty();
        TextModel.Output o = text == null ? null : text.predict(input);
        SdgModel.Suggested goals = sdg == null ? null : sdg.predict(input);
        double coverage = o != null ? o.coverage() : goals.coverage();
        double familiarity = Math.min(1, coverage / FAMILIAR);
        double factor = familiarity * familiarity;
        List<Suggestion> issues = new ArrayList<>();
        Suggestion category = null;
        double confidence = 1;
        if (o != null) {
            for (int l : o.chosen()) issues.add(new Suggestion(text.issues.get(l), o.issueProbability()[l] * factor));
            category = new Suggestion(String.valueOf(o.category()), o.categoryProbability() * factor);
            confidence = category.confidence();
            for (Suggestion s : issues) confidence = Math.min(confidence, s.confidence());
        }
        TermBlock words = (text != null ? text : sdg.goals).features.block(TermBlock.Kind.WORDS);
        Map<LabelKind, Map<String, Double>> th = thematic.scores(input, o == null ? java.util.Set.of() : text.issueNames(o),
                words, ThematicModel.THRESHOLD);
        List<Suggestion> sdgs = scaled(th.get(LabelKind.SDG), factor), targets = List.of();
        if (goals != null) {
            sdgs = scaled(goals.goals(), factor);
            targets = scaled(goals.targets(), factor);
            for (Suggestion s : sdgs) confidence = Math.min(confidence, s.confidence());
        }
        return new Prediction(issues, category, scaled(th.get(LabelKind.THEME), factor), scaled(th.get(LabelKind.GROUP), factor),
                sdgs, targets, confidence, coverage < FAMILIAR);
    }

    private static List<Suggestion> scaled(List<Suggestion> suggestions, double factor) {
        return suggestions.stream().map(s -> new Suggestion(s.value(), s.confidence() * factor)).toList();
    }

    private static List<Suggestion> scaled(Map<String, Double> scores, double factor) {
        List<Suggestion> out = new ArrayList<>();
        scores.forEach((v, p) -> out.add(new Suggestion(v, p * factor)));
        return out;
    }

    // --- the folder

    /** Writes the model into a fresh folder beside {@code dir} and then puts it in place of {@code dir}. */
    void save(Path dir, String evaluationJson) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + dir.getFileName() + "-");
        try {
            try (Writer w = Files.newBufferedWriter(tmp.resolve("model.properties"), StandardCharsets.UTF_8)) {
                info.store(w, "UPRight classification model: the other files of this folder belong to it");
            }
            if (text != null) text.save(tmp);
            thematic.save(tmp);
            if (sdg != null) sdg.save(tmp);
            if (evaluationJson != null) Files.writeString(tmp.resolve("evaluation.json"), evaluationJson);
            if (Files.exists(dir)) deleteTree(dir);
            Files.move(tmp, dir);
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** Loads a model folder, or says clearly why it cannot. */
    public static Classifier load(Path dir) {
        Path props = dir.resolve("model.properties");
        if (!Files.isDirectory(dir)) {
            throw new ModelException("no model folder at " + dir + "; train one with `upright train --out " + dir + " FILE…`");
        }
        if (!Files.exists(props)) {
            throw new ModelException(dir + " is not a model folder (it has no model.properties); train one with `upright train --out "
                    + dir + " FILE…`");
        }
        Properties info = new Properties();
        try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
            info.load(r);
        } catch (IOException e) {
            throw new ModelException("cannot read " + props + ": " + e.getMessage(), e);
        }
        String format = info.getProperty("format.version", "?");
        if (!format.equals(String.valueOf(FORMAT_VERSION))) {
            throw new ModelException("the model in " + dir + " has format version " + format + " (model "
                    + info.getProperty("model.version", "unknown") + ") but this UPRight reads format version "
                    + FORMAT_VERSION + "; retrain it with `upright train --out " + dir + " FILE…`");
        }
        try {
            TextModel.Kind kind = TextModel.Kind.valueOf(info.getProperty("kind", "strong").toUpperCase(java.util.Locale.ROOT));
            TextModel issues = Files.exists(dir.resolve("issues.txt")) ? TextModel.load(dir, kind) : null;
            return new Classifier(issues, ThematicModel.load(dir), SdgModel.load(dir, kind), info);
        } catch (IOException | RuntimeException e) {
            throw new ModelException("the model in " + dir + " is damaged or incomplete (" + e.getMessage()
                    + "); retrain it with `upright train --out " + dir + " FILE…`", e);
        }
    }

    /** The evaluation the training wrote into the folder, as JSON, or null. */
    public static String evaluationJson(Path dir) {
        try {
            Path f = dir.resolve("evaluation.json");
            return Files.exists(f) ? Files.readString(f) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
