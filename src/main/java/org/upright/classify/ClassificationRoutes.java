package org.upright.classify;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.recommendation.RecommendationId;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;
import org.upright.web.Templates;

/** {@code /classification}: how good the suggestions are; {@code /api/v1/classification}: the same as JSON. */
public final class ClassificationRoutes {
    private final ClassificationService service;

    private ClassificationRoutes(ClassificationService service) {
        this.service = service;
    }

    public static void register(RoutesConfig routes, ClassificationService service) {
        ClassificationRoutes r = new ClassificationRoutes(service);
        routes.get("/classification", r::page);
        routes.get("/api/v1/classification", r::json);
        routes.post("/recommendations/{id}/labels", r::decide, Require.EDITOR);
        routes.post("/api/v1/recommendations/{id}/labels", r::decideJson, Require.EDITOR);
    }

    /** An editor's accept or reject button on the recommendation page; back to the page after. */
    private void decide(Context ctx) {
        RecommendationId id = new RecommendationId(Params.id(ctx, "recommendation"));
        decision(ctx, id, ctx.formParam("decision"), ctx.formParam("kind"), ctx.formParam("value"));
        ctx.redirect("/recommendations/" + id.value(), HttpStatus.SEE_OTHER);
    }

    /** The same for scripts with an API token: JSON {"decision", "kind", "value"} (or form fields). */
    private void decideJson(Context ctx) {
        RecommendationId id = new RecommendationId(Params.id(ctx, "recommendation"));
        Map<String, String> body = ctx.isJson() ? ctx.bodyAsClass(DecisionJson.class).asMap()
                : Map.of("decision", orEmpty(ctx.formParam("decision")), "kind", orEmpty(ctx.formParam("kind")), "value", orEmpty(ctx.formParam("value")));
        ctx.json(Map.of("message", decision(ctx, id, body.get("decision"), body.get("kind"), body.get("value"))));
    }

    /** The body of POST /api/v1/recommendations/{id}/labels. */
    record DecisionJson(String decision, String kind, String value) {
        Map<String, String> asMap() {
            return Map.of("decision", orEmpty(decision), "kind", orEmpty(kind), "value", orEmpty(value));
        }
    }

    private String decision(Context ctx, RecommendationId id, String decision, String kind, String value) {
        if (kind == null || kind.isBlank() || value == null || value.isBlank()) {
            throw new BadRequest(Ui.text("problem.which_label"));
        }
        try {
            return switch (decision == null ? "" : decision) {
                case "accept" -> service.accept(Auth.viewer(ctx), id, kind, value);
                case "reject" -> service.reject(Auth.viewer(ctx), id, kind, value);
                default -> throw new BadRequest(Ui.text("problem.accept_or_reject", decision));
            };
        } catch (ModelException e) {
            throw e.getMessage().startsWith("no recommendation") ? new NotFound(Ui.text("problem.no_recommendation", String.valueOf(id))) : new BadRequest(e.getMessage());
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private ClassificationPage model() {
        String version = null, problem = null;
        try {
            version = service.model().map(Classifier::version).orElse(null);
        } catch (ModelException e) {
            problem = e.getMessage();
        }
        return new ClassificationPage(version, problem, service.evaluation().orElse(null), service.counts());
    }

    private void page(Context ctx) {
        Templates.html(ctx, "classify/quality.jte", model());
    }

    private void json(Context ctx) {
        ClassificationPage p = model();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model_version", p.modelVersion());
        body.put("problem", p.problem());
        body.put("suggestions", p.suggestions());
        body.put("evaluation", p.evaluation());
        ctx.json(body);
    }
}
