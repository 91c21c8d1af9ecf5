package org.upright.recommendation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.upright.state.StateLookup;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Templates;

/** The page of one recommendation. */
public final class RecommendationRoutes {
    private final RecommendationService recommendations;
    private final StateLookup states;

    private RecommendationRoutes(RecommendationService recommendations, StateLookup states) {
        this.recommendations = recommendations;
        this.states = states;
    }

    public static void register(RoutesConfig routes, RecommendationService recommendations, StateLookup states) {
        RecommendationRoutes r = new RecommendationRoutes(recommendations, states);
        routes.get("/recommendations/{id}", r::show);
    }

    private void show(Context ctx) {
        RecommendationId id = new RecommendationId(Params.id(ctx, "recommendation"));
        Recommendation rec = recommendations.recommendation(id)
                .orElseThrow(() -> new NotFound("No recommendation has the id " + id + "."));
        Templates.html(ctx, "recommendation/show.jte", RecommendationPage.of(rec, recommendations.provenance(id), states));
    }
}
