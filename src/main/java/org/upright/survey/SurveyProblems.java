package org.upright.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import org.upright.common.UserMistake;

/**
 * What was typed cannot be saved: each problem under the name of the field (or question) it is about, so the
 * page shows it beside that field and keeps what was typed. Nothing was stored.
 */
public final class SurveyProblems extends UserMistake {
    private final Map<String, String> problems;

    public SurveyProblems(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static SurveyProblems of(String field, String message) {
        return new SurveyProblems(Map.of(field, message));
    }

    /** Field name → what was wrong with it and what to do. */
    public Map<String, String> problems() {
        return problems;
    }
}
