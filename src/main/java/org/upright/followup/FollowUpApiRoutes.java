package org.upright.followup;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.upright.i18n.Ui;
import org.upright.recommendation.RecommendationId;
import org.upright.state.State;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;

/** {@code /api/v1/recommendations/{id}/assessments} and {@code /api/v1/states/{code}/scorecard}. */
public final class FollowUpApiRoutes {
    private final FollowUpService followUp;
    private final StateLookup states;

    private FollowUpApiRoutes(FollowUpService followUp, StateLookup states) {
        this.followUp = followUp;
        this.states = states;
    }

    public static void register(RoutesConfig routes, FollowUpService followUp, StateLookup states) {
        FollowUpApiRoutes r = new FollowUpApiRoutes(followUp, states);
        routes.get("/api/v1/recommendations/{id}/assessments", r::list);
        routes.post("/api/v1/recommendations/{id}/assessments", r::add, Require.EDITOR);
        routes.get("/api/v1/states/{code}/scorecard", r::scorecard);
    }

    private void list(Context ctx) {
        RecommendationId id = new RecommendationId(Params.id(ctx, "recommendation"));
        FollowUp f = followUp.followUp(Auth.viewer(ctx), id).orElseThrow(() -> notFound(id));
        ctx.json(FollowUpJson.followUp(f, followUp.assessments(Auth.viewer(ctx), id)));
    }

    /** JSON {date, status, source_kind, source_name, …} (or the same as form fields); 201 with the assessment. */
    private void add(Context ctx) {
        RecommendationId id = new RecommendationId(Params.id(ctx, "recommendation"));
        if (followUp.followUp(Auth.viewer(ctx), id).isEmpty()) throw notFound(id);
        Assessment saved = followUp.add(Auth.viewer(ctx), id, form(ctx));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/v1/recommendations/" + id + "/assessments");
        ctx.json(FollowUpJson.assessment(saved));
    }

    private void scorecard(Context ctx) {
        String asked = ctx.pathParam("code");
        State state = states.find(asked).orElseThrow(() -> new NotFound(Ui.text("problem.no_state_known_api", asked)));
        ctx.json(FollowUpJson.scorecard(followUp.scorecard(Auth.viewer(ctx), state.code()), StateRef.of(state)));
    }

    private static AssessmentForm form(Context ctx) {
        if (!ctx.isJson()) return FollowUpRoutes.form(ctx);
        JsonNode body;
        try {
            body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ctx.body());
        } catch (Exception e) {
            throw new BadRequest("The body is not JSON; send an object such as {\"date\": \"2024-05-17\", \"status\": \"in-progress\", "
                    + "\"source_kind\": \"government\", \"source_name\": \"Ministry of Justice\"}.");
        }
        if (body == null || !body.isObject()) throw new BadRequest("The body must be a JSON object with date, status, source_kind and source_name.");
        return new AssessmentForm(text(body, "date"), text(body, "status"), text(body, "source_kind"), text(body, "source_name"),
                text(body, "source_wording"), text(body, "evidence_url"), text(body, "evidence_passage"), text(body, "document_id"),
                text(body, "note"), text(body, "visibility"));
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static NotFound notFound(RecommendationId id) {
        return new NotFound("No recommendation has the id " + id + ".");
    }
}
