package org.upright.survey;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.web.Auth;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;
import org.upright.web.Templates;

/** The editors' pages of surveys: build, preview, publish and close, invite, read the results and the answers. */
public final class SurveyRoutes {
    private final SurveyService surveys;

    private SurveyRoutes(SurveyService surveys) {
        this.surveys = surveys;
    }

    public static void register(RoutesConfig routes, SurveyService surveys) {
        SurveyRoutes r = new SurveyRoutes(surveys);
        routes.get("/surveys", r::list, Require.EDITOR);
        routes.get("/surveys/new", r::blank, Require.EDITOR);
        routes.post("/surveys", r::create, Require.EDITOR);
        routes.get("/surveys/{id}/edit", r::edit, Require.EDITOR);
        routes.post("/surveys/{id}/edit", r::update, Require.EDITOR);
        routes.post("/surveys/{id}/questions", r::addQuestion, Require.EDITOR);
        routes.post("/surveys/{id}/questions/{item}", r::changeQuestion, Require.EDITOR);
        routes.get("/surveys/{id}/preview", r::preview, Require.EDITOR);
        routes.post("/surveys/{id}/publish", r::publish, Require.EDITOR);
        routes.post("/surveys/{id}/close", r::close, Require.EDITOR);
        routes.post("/surveys/{id}/invitations", r::invite, Require.EDITOR);
        routes.get("/surveys/{id}/invitations.csv", r::invitationsCsv, Require.EDITOR);
        routes.get("/surveys/{id}/results", r::results, Require.EDITOR);
        routes.get("/surveys/{id}/results.csv", r::resultsCsv, Require.EDITOR);
        routes.get("/surveys/{id}/answers", r::answers, Require.EDITOR);
        routes.post("/surveys/{id}/answers/{item}/delete", r::deleteAnswer, Require.EDITOR);
    }

    private void list(Context ctx) {
        Templates.html(ctx, "survey/list.jte", new SurveysPage(surveys.surveys(Auth.viewer(ctx))));
    }

    private void blank(Context ctx) {
        Templates.html(ctx, "survey/new.jte", new SurveyNewPage(SurveyForm.blank(), Map.of()));
    }

    private void create(Context ctx) {
        SurveyForm form = surveyForm(ctx);
        try {
            SurveyId id = surveys.create(Auth.viewer(ctx), form);
            ctx.redirect("/surveys/" + id + "/edit", HttpStatus.SEE_OTHER);
        } catch (SurveyProblems e) {
            ctx.status(400);
            Templates.html(ctx, "survey/new.jte", new SurveyNewPage(form, e.problems()));
        }
    }

    private void edit(Context ctx) {
        SurveyDetail d = detail(ctx);
        Templates.html(ctx, "survey/edit.jte", SurveyEditPage.of(d, invitations(ctx, d)));
    }

    private void update(Context ctx) {
        SurveyDetail d = detail(ctx);
        SurveyForm form = surveyForm(ctx);
        try {
            surveys.update(Auth.viewer(ctx), d.survey().id(), form);
            ctx.redirect(d.survey().editUrl(), HttpStatus.SEE_OTHER);
        } catch (SurveyProblems e) {
            ctx.status(400);
            Templates.html(ctx, "survey/edit.jte", SurveyEditPage.of(d, invitations(ctx, d)).withSurvey(form, e.problems()));
        }
    }

    private void addQuestion(Context ctx) {
        SurveyDetail d = detail(ctx);
        QuestionForm form = new QuestionForm(ctx.formParam("kind"), ctx.formParam("prompt"), ctx.formParam("required"),
                ctx.formParam("choices"), ctx.formParam("scale_min"), ctx.formParam("scale_max"), ctx.formParam("min_label"),
                ctx.formParam("max_label"));
        try {
            surveys.addQuestion(Auth.viewer(ctx), d.survey().id(), form);
            ctx.redirect(d.survey().editUrl() + "#add-question", HttpStatus.SEE_OTHER);
        } catch (SurveyProblems e) {
            ctx.status(400);
            Templates.html(ctx, "survey/edit.jte", SurveyEditPage.of(d, invitations(ctx, d)).withQuestion(form, e.problems()));
        }
    }

    /** Moves a question up or down, or removes it: the form's {@code action} says which. */
    private void changeQuestion(Context ctx) {
        SurveyDetail d = detail(ctx);
        long question = Params.pathNumber(ctx, "item", "question number");
        String action = String.valueOf(ctx.formParam("action"));
        change(ctx, d, "#questions", () -> {
            switch (action) {
                case "up", "down" -> surveys.moveQuestion(Auth.viewer(ctx), d.survey().id(), question, action.equals("up"));
                case "remove" -> surveys.removeQuestion(Auth.viewer(ctx), d.survey().id(), question);
                default -> throw SurveyProblems.of("questions", "Choose up, down or remove for a question, not \"" + action + "\".");
            }
        });
    }

    private void preview(Context ctx) {
        Templates.html(ctx, "survey/answer.jte", AnswerPage.preview(detail(ctx)));
    }

    private void publish(Context ctx) {
        SurveyDetail d = detail(ctx);
        change(ctx, d, "", () -> surveys.publish(Auth.viewer(ctx), d.survey().id()));
    }

    private void close(Context ctx) {
        SurveyDetail d = detail(ctx);
        change(ctx, d, "", () -> surveys.close(Auth.viewer(ctx), d.survey().id()));
    }

    private void invite(Context ctx) {
        SurveyDetail d = detail(ctx);
        try {
            surveys.invite(Auth.viewer(ctx), d.survey().id(), ctx.formParam("count"));
            ctx.redirect(d.survey().editUrl() + "#invitations", HttpStatus.SEE_OTHER);
        } catch (SurveyProblems e) {
            ctx.status(400);
            Templates.html(ctx, "survey/edit.jte", SurveyEditPage.of(d, invitations(ctx, d))
                    .withInvitationCount(String.valueOf(ctx.formParam("count")), e.problems()));
        }
    }

    private void invitationsCsv(Context ctx) {
        SurveyDetail d = detail(ctx);
        csv(ctx, "upright-survey-" + d.survey().slug() + "-invitations.csv", SurveyCsv.invitations(invitations(ctx, d)));
    }

    private void results(Context ctx) {
        SurveyResults results = surveys.results(Auth.viewer(ctx), detail(ctx).survey().id());
        Templates.html(ctx, "survey/results.jte", ResultsPage.of(results));
    }

    private void resultsCsv(Context ctx) {
        SurveyDetail d = detail(ctx);
        csv(ctx, "upright-survey-" + d.survey().slug() + "-answers.csv",
                SurveyCsv.answers(d.questions(), surveys.responses(Auth.viewer(ctx), d.survey().id())));
    }

    private void answers(Context ctx) {
        SurveyDetail d = detail(ctx);
        Templates.html(ctx, "survey/answers.jte", new AnswersPage(d, surveys.responses(Auth.viewer(ctx), d.survey().id())));
    }

    private void deleteAnswer(Context ctx) {
        SurveyId id = detail(ctx).survey().id();
        surveys.deleteResponse(Auth.viewer(ctx), id, Params.pathNumber(ctx, "item", "answer number"));
        ctx.redirect("/surveys/" + id + "/answers", HttpStatus.SEE_OTHER);
    }

    /** Makes a change and goes back to the survey's page; a refused change shows that page with why, beside what it is about. */
    private void change(Context ctx, SurveyDetail d, String anchor, Runnable change) {
        try {
            change.run();
            ctx.redirect(d.survey().editUrl() + anchor, HttpStatus.SEE_OTHER);
        } catch (SurveyProblems e) {
            ctx.status(400);
            SurveyDetail now = surveys.detail(Auth.viewer(ctx), d.survey().id()).orElse(d);
            Templates.html(ctx, "survey/edit.jte", SurveyEditPage.of(now, invitations(ctx, now)).withProblems(e.problems()));
        }
    }

    private List<InvitationLink> invitations(Context ctx, SurveyDetail d) {
        return surveys.invitations(Auth.viewer(ctx), d.survey().id());
    }

    private static void csv(Context ctx, String file, String body) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.result(body);
    }

    /** The survey in the path; 404 when there is none. */
    private SurveyDetail detail(Context ctx) {
        SurveyId id = new SurveyId(Params.id(ctx, "survey"));
        return surveys.detail(Auth.viewer(ctx), id).orElseThrow(() -> new NotFound(Ui.text("problem.no_survey", String.valueOf(id))));
    }

    private static SurveyForm surveyForm(Context ctx) {
        return new SurveyForm(ctx.formParam("title"), ctx.formParam("slug"), ctx.formParam("intro"), ctx.formParam("by_invitation"));
    }
}
