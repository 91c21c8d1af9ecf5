package org.upright.survey;

import java.util.List;
import java.util.Map;

/**
 * The form the public answers, or an editor's preview of it (which sends nothing). After a refused answer it shows
 * each problem beside its question and keeps what was typed.
 *
 * @param invitation the invitation token the link carried, sent back with the answer; "" when none
 * @param problems   question field ({@code q12}) → what was wrong with the answer
 */
public record AnswerPage(SurveyDetail detail, AnswerSheet sheet, String invitation, Map<String, String> problems, boolean preview) {
    static AnswerPage blank(SurveyDetail detail, String invitation) {
        return new AnswerPage(detail, new AnswerSheet(Map.of()), invitation == null ? "" : invitation, Map.of(), false);
    }

    static AnswerPage preview(SurveyDetail detail) {
        return new AnswerPage(detail, new AnswerSheet(Map.of()), "", Map.of(), true);
    }

    public Survey survey() {
        return detail.survey();
    }

    public List<Question> questions() {
        return detail.questions();
    }

    public boolean problemAt(Question q) {
        return problems.containsKey(q.field());
    }

    public String problem(Question q) {
        return problems.getOrDefault(q.field(), "");
    }

    /** The questions whose answers were refused, in order, for the summary above the form. */
    public List<Question> refused() {
        return questions().stream().filter(this::problemAt).toList();
    }

    public List<String> paragraphs() {
        return survey().intro().isEmpty() ? List.of() : List.of(survey().intro().split("\n\\s*\n"));
    }
}
