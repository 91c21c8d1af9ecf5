package org.upright.survey;

import java.util.List;
import java.util.Map;
import org.upright.common.Role;
import org.upright.common.Viewer;

/** The survey the tests answer: one question of each kind, built and published as an editor would. */
final class SurveyWorld {
    static final Viewer EDITOR = new Viewer(3L, "editor@example.org", Role.EDITOR, "127.0.0.1");
    static final Viewer RESEARCHER = new Viewer(4L, "researcher@example.org", Role.RESEARCHER, "127.0.0.1");
    static final String SLUG = "human-rights-after-brexit";

    private SurveyWorld() {
    }

    /** "Human Rights after Brexit": a required single choice, an optional multiple choice, a required 1–5 scale, an optional text. */
    static SurveyId draft(SurveyService surveys, boolean byInvitation) {
        SurveyId id = surveys.create(EDITOR, new SurveyForm("Human Rights after Brexit", "", "Tell us what you think.", byInvitation ? "on" : ""));
        surveys.addQuestion(EDITOR, id, new QuestionForm("single", "Are human rights better protected since 2020?", "on",
                "Better\nThe same\nWorse", "", "", "", ""));
        surveys.addQuestion(EDITOR, id, new QuestionForm("multiple", "Which rights concern you most?", "",
                "Privacy\nFree assembly\nFair trial", "", "", "", ""));
        surveys.addQuestion(EDITOR, id, new QuestionForm("scale", "How well informed do you feel?", "on", "", "1", "5",
                "not at all", "completely"));
        surveys.addQuestion(EDITOR, id, new QuestionForm("text", "Anything else?", "", "", "", "", "", ""));
        return id;
    }

    static SurveyId published(SurveyService surveys, boolean byInvitation) {
        SurveyId id = draft(surveys, byInvitation);
        surveys.publish(EDITOR, id);
        return id;
    }

    /** A form as a browser sends it: the question at each position → the values chosen or typed. */
    static AnswerSheet sheet(SurveyService surveys, SurveyId id, Object... positionAndValues) {
        List<Question> questions = surveys.detail(EDITOR, id).orElseThrow().questions();
        Map<String, List<String>> given = new java.util.LinkedHashMap<>();
        for (int i = 0; i < positionAndValues.length; i += 2) {
            Question q = questions.get((Integer) positionAndValues[i] - 1);
            Object v = positionAndValues[i + 1];
            given.put(q.field(), v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(v)));
        }
        return new AnswerSheet(given);
    }
}
