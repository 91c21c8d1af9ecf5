package org.upright.classify;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality page: the data folder's model, the evaluation its training stored, and how many suggestions the
 * record holds.
 *
 * @param modelVersion  the model's version, or null when the data folder has none
 * @param problem       why the model cannot be used (e.g. another format version), or null
 * @param evaluation    the stored evaluation, or null
 * @param suggestions   MACHINE labels in the record by kind, and action suggestions under "ACTION"
 */
public record ClassificationPage(String modelVersion, String problem, Evaluation evaluation, Map<String, Long> suggestions) {

    public static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f", v * 100);
    }

    public static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** The labels of the strong model's issue scores, most frequent first, with the baseline's F1 beside. */
    public List<Metrics.LabelScore> issueRows() {
        if (evaluation == null || evaluation.strong() == null) return List.of();
        return evaluation.strong().issues().labels().stream().filter(l -> l.support() > 0)
                .sorted(Comparator.comparingInt(Metrics.LabelScore::support).reversed()).toList();
    }

    public double baselineF1(String label) {
        if (evaluation == null || evaluation.baseline() == null) return 0;
        return evaluation.baseline().issues().labels().stream().filter(l -> l.label().equals(label))
                .mapToDouble(Metrics.LabelScore::f1).findFirst().orElse(0);
    }

    public List<Evaluation.ModelScores> models() {
        if (evaluation == null) return List.of();
        return java.util.stream.Stream.of(evaluation.strong(), evaluation.baseline()).filter(java.util.Objects::nonNull).toList();
    }

    /** One row of the SDG table: a model's goals and targets on the validation split. */
    public record SdgRow(String model, Metrics.SetScores goals, Metrics.SetScores targets, Metrics.LabelScore none) {
    }

    /** The SDG model's and the baseline's scores, when the model learnt SDGs from SDG-coded data. */
    public List<SdgRow> sdgRows() {
        if (evaluation == null || evaluation.sdg() == null) return List.of();
        Evaluation.SdgScores s = evaluation.sdg();
        List<SdgRow> rows = new java.util.ArrayList<>();
        if (s.goals() != null) rows.add(new SdgRow("strong", s.goals(), s.targets(), none(s.goals())));
        if (s.baselineGoals() != null) rows.add(new SdgRow("baseline", s.baselineGoals(), s.baselineTargets(), none(s.baselineGoals())));
        return rows;
    }

    /** The goals of the SDG model, in goal order, "none" last. */
    public List<Metrics.LabelScore> goalRows() {
        List<SdgRow> rows = sdgRows();
        if (rows.isEmpty()) return List.of();
        return rows.get(0).goals().labels().stream().filter(l -> l.support() > 0)
                .sorted(Comparator.comparingInt(l -> l.label().matches("\\d+") ? Integer.parseInt(l.label()) : 99)).toList();
    }

    private static Metrics.LabelScore none(Metrics.SetScores goals) {
        return goals.labels().stream().filter(l -> l.label().equals(org.upright.recommendation.Label.NO_SDG)).findFirst().orElse(null);
    }
}
