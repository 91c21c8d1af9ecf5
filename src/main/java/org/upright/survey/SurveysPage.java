package org.upright.survey;

import java.util.List;

/** The editors' list of surveys. */
public record SurveysPage(List<SurveyLine> surveys) {
}
