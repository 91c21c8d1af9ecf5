package org.upright.followup;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.upright.recommendation.RecommendationId;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.Params;
import org.upright.web.Require;

/** {@code /api/v1/recommendations/{id}/repeats}: a recommendation's repeats, and an editor deciding on a link. */
public final class RepeatApiRoutes {
    private final RepeatService repeats;

    private RepeatApiRoutes(RepeatService repeats) {
        this.repeats = repeats;
    }

    public static void register(RoutesConfig routes, RepeatService repeats) {
        RepeatApiRoutes r = new RepeatApiRoutes(repeats);
        routes.get("/api/v1/recommendations/{id}/repeats", r::show);
        // {id} repeats the earlier recommendation {item}
        routes.post("/api/v1/recommendations/{id}/repeats/{item}", r::decide, Require.EDITOR);
    }

    private void show(Context ctx) {
        RecommendationId id = new RecommendationId(Params.id(ctx, "recommendation"));
        ctx.json(RepeatJson.repeats(repeats.repeats(Auth.viewer(ctx), id).orElseThrow(() -> FollowUpApiRoutes.notFound(id))));
    }

    /** JSON {"decision": "confirm" | "reject"} (or the same as a form field); 200 with the link as it now is. */
    private void decide(Context ctx) {
        RecommendationId later = new RecommendationId(Params.id(ctx, "recommendation"));
        RecommendationId earlier = new RecommendationId(Params.pathNumber(ctx, "item", "earlier recommendation id"));
        if (repeats.link(later, earlier).isEmpty()) throw RepeatRoutes.noLink(later, earlier);
        ctx.json(RepeatJson.link(repeats.decide(Auth.viewer(ctx), later, earlier, decision(ctx))));
    }

    private static String decision(Context ctx) {
        if (!ctx.isJson()) return ctx.formParam("decision");
        JsonNode body;
        try {
            body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ctx.body());
        } catch (Exception e) {
            throw new BadRequest("The body is not JSON; send {\"decision\": \"confirm\"} or {\"decision\": \"reject\"}.");
        }
        if (body == null || !body.isObject() || body.get("decision") == null || body.get("decision").isNull()) {
            throw new BadRequest("The body must be a JSON object with a decision: {\"decision\": \"confirm\"} or {\"decision\": \"reject\"}.");
        }
        return body.get("decision").asText();
    }
}
