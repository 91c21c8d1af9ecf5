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
        return evaluation.strong() == null ? List.of(evaluation.baseline()) : List.of(evaluation.strong(), evaluation.baseline());
    }
}
