package org.upright.survey;

import java.util.List;

/** Every answer of a survey, one by one, each with a button to delete it (personal data: editors only). */
public record AnswersPage(SurveyDetail detail, List<Response> responses) {
}
