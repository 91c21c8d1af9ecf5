package org.upright.recommendation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.upright.state.StateLookup;
import org.upright.web.NotFound;
import org.upright.web.PageJson;
import org.upright.web.Params;

/** /api/v1/recommendations: the list with its filters, and one recommendation with its provenance. */
public final class RecommendationApiRoutes {
    private final RecommendationService recommendations;
    private final StateLookup states;

    private RecommendationApiRoutes(RecommendationService recommendations, StateLookup states) {
        this.recommendations = recommendations;
        this.states = states;
    }

    public static void register(RoutesConfig routes, RecommendationService recommendations, StateLookup states) {
        RecommendationApiRoutes r = new RecommendationApiRoutes(recommendations, states);
        routes.get("/api/v1/recommendations", r::list);
        routes.get("/api/v1/recommendations/{id}", r::one);
    }

    private void list(Context ctx) {
        RecommendationFilter filter = RecommendationQuery.filter(ctx, states);
        var page = recommendations.find(filter, Params.page(ctx, Params.DEFAULT_API_PAGE_SIZE));
        ctx.json(PageJson.of(page, r -> RecommendationJson.of(RecommendationRow.of(r, states))));
    }

    private void one(Context ctx) {
        RecommendationId id = new RecommendationId(Params.id(ctx, "recommendation"));
        Recommendation rec = recommendations.recommendation(id)
                .orElseThrow(() -> new NotFound("No recommendation has the id " + id + "."));
        ctx.json(RecommendationJson.withProvenance(RecommendationRow.of(rec, states), recommendations.provenance(id)));
    }
}
