package org.upright.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.upright.analytics.Chart;
import org.upright.analytics.StatsTable;

/**
 * A survey's results for editors: per question, the chart and the table behind it (the statistics pages' own
 * component, so it reads the same and is as accessible), the mean of a scale, and the free texts as written.
 */
public record ResultsPage(SurveyResults results, List<Part> parts) {
    /** One question's results; chart is null for a free-text question. */
    public record Part(SurveyResults.QuestionResult result, Chart chart) {
    }

    static ResultsPage of(SurveyResults results) {
        List<Part> parts = new ArrayList<>();
        for (SurveyResults.QuestionResult r : results.questions()) {
            parts.add(new Part(r, r.question().kind() == QuestionKind.TEXT ? null : chart(r)));
        }
        return new ResultsPage(results, List.copyOf(parts));
    }

    public Survey survey() {
        return results.survey();
    }

    /** Counts as a one-column table: rows are the choices (or scale numbers) in the order offered; shares are of those who answered. */
    private static Chart chart(SurveyResults.QuestionResult r) {
        Question q = r.question();
        List<StatsTable.Row> rows = r.counts().stream().map(c -> new StatsTable.Row(c.value(), label(q, c.value()), c.count(),
                r.answered() == 0 ? 0 : (double) c.count() / r.answered(), List.of(c.count()))).toList();
        List<String> notes = new ArrayList<>();
        if (q.kind() == QuestionKind.MULTIPLE) notes.add("Several choices could be made, so the shares add up to more than 100 %.");
        if (r.mean() != null) notes.add(String.format(Locale.ENGLISH, "Mean: %.2f on the scale from %d to %d.", r.mean(), q.scaleMin(), q.scaleMax()));
        StatsTable table = new StatsTable(null, null, r.answered(), List.of(new StatsTable.Column("answers", "Answers")), rows, 0, 0, 0, notes);
        String description = (r.answered() == 1 ? "1 person" : r.answered() + " people") + " answered this question; the bars count "
                + (q.kind() == QuestionKind.SCALE ? "each number of the scale chosen." : "each choice made.");
        return new Chart("q" + q.id(), q.position() + ". " + q.prompt(), description, table, null,
                q.kind() == QuestionKind.SCALE ? "Number on the scale" : "Choice", q.kind() != QuestionKind.SCALE);
    }

    /** A scale's ends carry their labels: "1 (not at all)". */
    private static String label(Question q, String value) {
        if (q.kind() != QuestionKind.SCALE) return value;
        if (value.equals(String.valueOf(q.scaleMin())) && !q.minLabel().isEmpty()) return value + " (" + q.minLabel() + ")";
        if (value.equals(String.valueOf(q.scaleMax())) && !q.maxLabel().isEmpty()) return value + " (" + q.maxLabel() + ")";
        return value;
    }
}
