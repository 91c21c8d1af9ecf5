package org.upright.survey;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One question of a survey.
 *
 * @param choices  the list a single or multiple choice question offers, in order; empty for the other kinds
 * @param scaleMin the lowest number of a scale question (its end labels say what the ends mean); 0 for the others
 */
public record Question(long id, int position, QuestionKind kind, String prompt, boolean required, List<String> choices,
                       int scaleMin, int scaleMax, String minLabel, String maxLabel) {
    /** The name of its field in the answer form. */
    public String field() {
        return "q" + id;
    }

    /** The numbers a scale question offers, lowest first. */
    public List<Integer> scale() {
        return kind == QuestionKind.SCALE ? IntStream.rangeClosed(scaleMin, scaleMax).boxed().toList() : List.of();
    }
}
