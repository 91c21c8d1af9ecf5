package org.upright.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;

/**
 * The page where an editor builds a survey: its details, its questions in order, the form to add one, publishing
 * and closing, and its invitations. A refused change shows this page again with each problem beside its field and
 * what was typed kept.
 *
 * @param problems field name → what was wrong ("title", "slug", "intro", "kind", "prompt", "choices", "scale",
 *                 "count", "questions", "publish", "close", "status")
 */
public record SurveyEditPage(SurveyDetail detail, SurveyForm survey, QuestionForm question, String invitationCount,
                             List<InvitationLink> invitations, Map<String, String> problems) {
    /** Unused links shown on the page; the CSV holds them all. */
    static final int SHOWN_LINKS = 20;

    static SurveyEditPage of(SurveyDetail detail, List<InvitationLink> invitations) {
        return new SurveyEditPage(detail, SurveyForm.of(detail.survey()), QuestionForm.blank(), "10", invitations, Map.of());
    }

    SurveyEditPage withSurvey(SurveyForm typed, Map<String, String> problems) {
        return new SurveyEditPage(detail, typed, question, invitationCount, invitations, problems);
    }

    SurveyEditPage withQuestion(QuestionForm typed, Map<String, String> problems) {
        return new SurveyEditPage(detail, survey, typed, invitationCount, invitations, problems);
    }

    SurveyEditPage withInvitationCount(String typed, Map<String, String> problems) {
        return new SurveyEditPage(detail, survey, question, typed, invitations, problems);
    }

    SurveyEditPage withProblems(Map<String, String> problems) {
        Map<String, String> all = new HashMap<>(this.problems);
        all.putAll(problems);
        return new SurveyEditPage(detail, survey, question, invitationCount, invitations, all);
    }

    public Survey s() {
        return detail.survey();
    }

    public boolean problemAt(String field) {
        return problems.containsKey(field);
    }

    public String problem(String field) {
        return problems.getOrDefault(field, "");
    }

    public long used() {
        return invitations.stream().filter(i -> i.invitation().used()).count();
    }

    public List<InvitationLink> unusedShown() {
        return invitations.stream().filter(i -> !i.invitation().used()).limit(SHOWN_LINKS).toList();
    }

    public List<QuestionKind> kinds() {
        return List.of(QuestionKind.values());
    }

    /** A question's kind as the form shows it; "choices 1–5" for a scale. */
    public String describe(Question q) {
        return switch (q.kind()) {
            case SINGLE, MULTIPLE -> Ui.text("survey.describe.choices", q.kind().label(), String.join(" · ", q.choices()));
            case SCALE -> Ui.text("survey.describe.scale", q.scaleMin(), q.scaleMax())
                    + (q.minLabel().isEmpty() && q.maxLabel().isEmpty() ? "" : " (" + q.minLabel() + " … " + q.maxLabel() + ")");
            case TEXT -> Ui.text("survey.describe.text", q.kind().label(), AnswerSheet.MAX_TEXT);
        };
    }
}
