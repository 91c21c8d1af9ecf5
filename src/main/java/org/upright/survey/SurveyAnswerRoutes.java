package org.upright.survey;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.upright.i18n.Ui;
import org.upright.web.Auth;
import org.upright.web.ErrorPage;
import org.upright.web.NotFound;
import org.upright.web.Require;
import org.upright.web.Templates;

/**
 * The public's side of a survey: the form at /surveys/{slug}, the answer sent to the same address (CSRF-checked
 * like every form, throttled per address), and the thank-you page. A refusal is a page saying why, with its status.
 */
public final class SurveyAnswerRoutes {
    /** More than any survey's answers can take (50 questions of 2,000 characters, percent-encoded); refused unread. */
    static final long MAX_BODY = 512 * 1024;

    private final SurveyService surveys;

    private SurveyAnswerRoutes(SurveyService surveys) {
        this.surveys = surveys;
    }

    public static void register(RoutesConfig routes, SurveyService surveys) {
        SurveyAnswerRoutes r = new SurveyAnswerRoutes(surveys);
        routes.get("/surveys/{slug}", r::form);
        routes.post("/surveys/{slug}", r::answer, Require.ANYONE);
        routes.get("/surveys/{slug}/thanks", r::thanks);
        routes.exception(AnswerRefused.class, SurveyAnswerRoutes::refused);
    }

    private void form(Context ctx) {
        String invitation = ctx.queryParam("invitation");
        SurveyDetail d = surveys.forAnswering(ctx.pathParam("slug"), invitation);
        Auth.csrf(ctx);
        Templates.html(ctx, "survey/answer.jte", AnswerPage.blank(d, invitation));
    }

    private void answer(Context ctx) {
        if (ctx.contentLength() > MAX_BODY) {
            throw new AnswerRefused(AnswerRefused.Reason.TOO_LARGE, "Your answer is larger than this survey can take ("
                    + ctx.contentLength() / 1024 + " KiB; at most " + MAX_BODY / 1024 + " KiB). Nothing was kept: go back,"
                    + " shorten the longest answers and send again.");
        }
        String slug = ctx.pathParam("slug");
        String invitation = ctx.formParam("invitation");
        AnswerSheet sheet = new AnswerSheet(ctx.formParamMap());
        try {
            surveys.answer(slug, invitation, sheet, Auth.viewer(ctx).address());
            ctx.redirect("/surveys/" + slug + "/thanks", HttpStatus.SEE_OTHER);
        } catch (SurveyProblems e) {
            ctx.status(400);
            SurveyDetail d = surveys.forAnswering(slug, invitation);
            Templates.html(ctx, "survey/answer.jte", new AnswerPage(d, sheet, invitation == null ? "" : invitation, e.problems(), false));
        }
    }

    private void thanks(Context ctx) {
        Survey s = surveys.published(ctx.pathParam("slug")).orElseThrow(() -> new NotFound(Ui.text("problem.no_published_survey")));
        Templates.html(ctx, "survey/thanks.jte", s);
    }

    private static void refused(AnswerRefused e, Context ctx) {
        ErrorPage page = refusal(e.reason());
        ctx.status(page.status());
        if (e.reason() == AnswerRefused.Reason.THROTTLED) ctx.header("Retry-After", "600");
        Templates.html(ctx, "layout/error.jte", page);
    }

    /** The page speaks the reader's language; the exception's English message stays for logs and the API. */
    private static ErrorPage refusal(AnswerRefused.Reason reason) {
        return switch (reason) {
            case UNKNOWN -> new ErrorPage(404, Ui.text("survey.refused.unknown.title"), Ui.text("survey.refused.unknown.detail"));
            case CLOSED -> new ErrorPage(410, Ui.text("survey.refused.closed.title"), Ui.text("survey.refused.closed.detail"));
            case INVITATION_NEEDED -> new ErrorPage(403, Ui.text("survey.refused.invitation_needed.title"),
                    Ui.text("survey.refused.invitation_needed.detail"));
            case INVITATION_INVALID -> new ErrorPage(403, Ui.text("survey.refused.invitation_invalid.title"),
                    Ui.text("survey.refused.invitation_invalid.detail"));
            case INVITATION_USED -> new ErrorPage(409, Ui.text("survey.refused.invitation_used.title"),
                    Ui.text("survey.refused.invitation_used.detail"));
            case THROTTLED -> new ErrorPage(429, Ui.text("survey.refused.throttled.title"), Ui.text("survey.refused.throttled.detail"));
            case TOO_LARGE -> new ErrorPage(413, Ui.text("survey.refused.too_large.title"), Ui.text("survey.refused.too_large.detail"));
        };
    }
}
