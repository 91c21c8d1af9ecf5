package org.upright.survey;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.web.Auth;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;

/** {@code /api/v1/surveys}: surveys and their results, for editors only (answers are personal data). */
public final class SurveyApiRoutes {
    private final SurveyService surveys;

    private SurveyApiRoutes(SurveyService surveys) {
        this.surveys = surveys;
    }

    public static void register(RoutesConfig routes, SurveyService surveys) {
        SurveyApiRoutes r = new SurveyApiRoutes(surveys);
        routes.get("/api/v1/surveys", r::list, Require.EDITOR);
        routes.get("/api/v1/surveys/{id}/results", r::results, Require.EDITOR);
    }

    private void list(Context ctx) {
        List<SurveyLine> all = surveys.surveys(Auth.viewer(ctx));
        ctx.json(Map.of("total", all.size(), "items", all.stream().map(l -> {
            Map<String, Object> m = survey(l.survey());
            m.put("questions", l.questions());
            m.put("answers", l.answers());
            return m;
        }).toList()));
    }

    private void results(Context ctx) {
        SurveyId id = new SurveyId(Params.id(ctx, "survey"));
        surveys.detail(Auth.viewer(ctx), id).orElseThrow(() -> new NotFound(Ui.text("problem.no_survey", String.valueOf(id))));
        SurveyResults results = surveys.results(Auth.viewer(ctx), id);
        Map<String, Object> body = survey(results.survey());
        body.put("answers", results.answers());
        body.put("questions", results.questions().stream().map(SurveyApiRoutes::question).toList());
        ctx.json(body);
    }

    private static Map<String, Object> survey(Survey s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().value());
        m.put("slug", s.slug());
        m.put("title", s.title());
        m.put("status", s.status().id());
        m.put("by_invitation", s.byInvitation());
        m.put("created_at", s.createdAt());
        m.put("url", s.publicUrl());
        return m;
    }

    private static Map<String, Object> question(SurveyResults.QuestionResult r) {
        Question q = r.question();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("position", q.position());
        m.put("kind", q.kind().id());
        m.put("prompt", q.prompt());
        m.put("required", q.required());
        m.put("answered", r.answered());
        if (q.kind() != QuestionKind.TEXT) {
            m.put("counts", r.counts().stream().map(c -> {
                Map<String, Object> count = new LinkedHashMap<>();
                count.put("value", c.value());
                count.put("count", c.count());
                return count;
            }).toList());
        }
        if (q.kind() == QuestionKind.SCALE) {
            m.put("scale", Map.of("min", q.scaleMin(), "max", q.scaleMax(), "min_label", q.minLabel(), "max_label", q.maxLabel()));
            m.put("mean", r.mean());
        }
        if (q.kind() == QuestionKind.TEXT) m.put("texts", r.texts());
        return m;
    }
}
