package org.upright.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;

/**
 * What the public sent for a survey, checked question by question against what each question offers: every
 * problem is kept under the question's field, so the page shows it beside that question with what was typed.
 *
 * @param given field name ({@code q12}) → the values sent under it, in order
 */
public record AnswerSheet(Map<String, List<String>> given) {
    /** A free-text answer may run to this many characters. */
    public static final int MAX_TEXT = 2_000;

    /** The values sent for a question: trimmed, blanks left out. */
    public List<String> values(Question q) {
        List<String> out = new ArrayList<>();
        for (String v : given.getOrDefault(q.field(), List.of())) if (v != null && !v.isBlank()) out.add(Text.block(v));
        return out;
    }

    /** The one value sent for a question, or "": what a page shows again in the question's field. */
    public String value(Question q) {
        List<String> v = values(q);
        return v.isEmpty() ? "" : v.getFirst();
    }

    public boolean chosen(Question q, String choice) {
        return values(q).contains(choice);
    }

    /** The answers to store, question id → values; or the problems, each beside its question, when any answer is wrong. */
    Map<Long, List<String>> check(List<Question> questions) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<Long, List<String>> answers = new LinkedHashMap<>();
        for (Question q : questions) {
            List<String> values = values(q);
            String problem = problem(q, values);
            if (problem != null) problems.put(q.field(), problem);
            else if (!values.isEmpty()) answers.put(q.id(), List.copyOf(new LinkedHashSet<>(values)));
        }
        if (!problems.isEmpty()) throw new SurveyProblems(problems);
        return answers;
    }

    private static String problem(Question q, List<String> values) {
        if (values.isEmpty()) return q.required() ? Ui.text("survey.answer.required") : null;
        return switch (q.kind()) {
            case SINGLE -> values.size() > 1 ? Ui.text("survey.answer.one_only") : notOffered(q, values);
            case MULTIPLE -> notOffered(q, values);
            case SCALE -> values.size() > 1 || !q.scale().stream().map(String::valueOf).toList().contains(values.getFirst())
                    ? Ui.text("survey.answer.scale", q.scaleMin(), q.scaleMax()) : null;
            case TEXT -> values.size() > 1 ? Ui.text("survey.answer.send_one")
                    : values.getFirst().length() > MAX_TEXT ? Ui.text("survey.answer.too_long", MAX_TEXT, values.getFirst().length()) : null;
        };
    }

    private static String notOffered(Question q, List<String> values) {
        for (String v : values) {
            if (!q.choices().contains(v)) {
                String shown = v.length() > 60 ? v.substring(0, 60) + "…" : v;
                return Ui.text("survey.answer.not_offered", shown);
            }
        }
        return null;
    }
}
