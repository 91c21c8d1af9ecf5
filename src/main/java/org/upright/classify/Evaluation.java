package org.upright.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation a training run made on its validation split and stored with the model as evaluation.json.
 *
 * @param split     which examples were trained on and which were held out
 * @param strong    the model's scores on the held-out examples
 * @param baseline  the baseline's (TF-IDF words + one-vs-rest logistic regression, threshold 0.5) on the same
 * @param thematic  themes, groups of persons and SDGs by kind, and the same with the rules alone
 * @param sdg       SDG goals and targets learnt from SDG-coded data (the SDG Explorer), or null without such data
 */
public record Evaluation(String created, String modelVersion, String trainedOn, int examples, double trainingSeconds,
                         String split, ModelScores strong, ModelScores baseline, ThematicScores thematic, SdgScores sdg) {

    /**
     * SDG goals and targets on the validation split: the model's (null for a baseline training) and the
     * baseline's goals (TF-IDF words + logistic regression); targets of the baseline only in a baseline training.
     */
    public record SdgScores(String split, int examples, Metrics.SetScores goals, Metrics.SetScores targets,
                            Metrics.Calibration goalCalibration, Metrics.SetScores baselineGoals,
                            Metrics.SetScores baselineTargets) {
        String describe() {
            return String.format(java.util.Locale.ROOT, "validation, SDGs (%d recommendations): goals micro-F1 %s, baseline %s; targets micro-F1 %s",
                    examples, f(goals), f(baselineGoals), f(targets != null ? targets : baselineTargets));
        }

        private static String f(Metrics.SetScores s) {
            return s == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", s.microF1());
        }
    }

    /** Scores of one model on held-out recommendations (one per recommendation, not per UPR Info row). */
    public record ModelScores(String model, Metrics.SetScores issues, Metrics.SetScores category,
                              Metrics.Calibration issueCalibration, Metrics.Calibration categoryCalibration) {
    }

    public record ThematicScores(String split, Map<String, Metrics.SetScores> combined, Map<String, Metrics.SetScores> rulesOnly) {
    }

    static ModelScores score(String name, Classifier c, List<Example> test) {
        List<Set<String>> gold = new ArrayList<>(), pred = new ArrayList<>();
        List<String> gc = new ArrayList<>(), pc = new ArrayList<>();
        List<Double> ip = new ArrayList<>(), cp = new ArrayList<>();
        List<Boolean> ic = new ArrayList<>(), cc = new ArrayList<>();
        List<Prediction> ps = test.parallelStream().map(e -> c.predict(e.text())).toList();
        for (int i = 0; i < test.size(); i++) {
            Example e = test.get(i);
            Prediction p = ps.get(i);
            if (e.hasIssueLabels()) {
                gold.add(e.issues());
                Set<String> chosen = new HashSet<>();
                for (Suggestion s : p.issues()) {
                    chosen.add(s.value());
                    ip.add(s.confidence());
                    ic.add(e.issues().contains(s.value()));
                }
                pred.add(chosen);
            }
            if (e.category() != null && p.category() != null) {
                gc.add(String.valueOf(e.category()));
                pc.add(p.category().value());
                cp.add(p.category().confidence());
                cc.add(p.category().value().equals(String.valueOf(e.category())));
            }
        }
        return new ModelScores(name, Metrics.multiLabel(gold, pred), Metrics.singleLabel(gc, pc),
                Metrics.calibration(ip, ic), Metrics.calibration(cp, cc));
    }

    static Map<String, Metrics.SetScores> thematic(Classifier c, List<Example> test) {
        Map<String, List<Set<String>>> gold = new LinkedHashMap<>(), pred = new LinkedHashMap<>();
        for (String k : List.of("themes", "groups", "sdgs")) {
            gold.put(k, new ArrayList<>());
            pred.put(k, new ArrayList<>());
        }
        for (Example e : test) {
            Prediction p = c.predict(e.text());
            gold.get("themes").add(e.themes());
            gold.get("groups").add(e.groups());
            gold.get("sdgs").add(e.sdgs());
            pred.get("themes").add(values(p.themes()));
            pred.get("groups").add(values(p.groups()));
            pred.get("sdgs").add(values(p.sdgs()));
        }
        Map<String, Metrics.SetScores> out = new LinkedHashMap<>();
        gold.forEach((k, g) -> out.put(k, Metrics.multiLabel(g, pred.get(k))));
        return out;
    }

    static Set<String> values(List<Suggestion> s) {
        Set<String> out = new HashSet<>();
        s.forEach(x -> out.add(x.value()));
        return out;
    }

    public String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the evaluation: " + e.getMessage(), e);
        }
    }

    public static Evaluation fromJson(String json) {
        try {
            return new ObjectMapper().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(json, Evaluation.class);
        } catch (Exception e) {
            return null;
        }
    }
}
