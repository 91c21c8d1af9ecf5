package org.upright.survey;

/** A survey in the editors' list: with how many questions it asks and how many answers it holds. */
public record SurveyLine(Survey survey, int questions, long answers) {
}
