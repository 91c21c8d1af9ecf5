package org.upright.survey;

/** The number of a survey, as the editor pages and the API name it (the public knows it by its slug). */
public record SurveyId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
