package org.upright.survey;

import java.util.List;

/** A survey with its questions in order. */
public record SurveyDetail(Survey survey, List<Question> questions) {
}
