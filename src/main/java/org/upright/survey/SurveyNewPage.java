package org.upright.survey;

import java.util.Map;

/** The form for a new survey, with what was typed and each problem beside its field. */
public record SurveyNewPage(SurveyForm form, Map<String, String> problems) {
    public boolean problemAt(String field) {
        return problems.containsKey(field);
    }

    public String problem(String field) {
        return problems.getOrDefault(field, "");
    }
}
