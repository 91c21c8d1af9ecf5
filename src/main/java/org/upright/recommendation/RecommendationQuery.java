package org.upright.recommendation;

import io.javalin.http.Context;
import org.upright.state.StateLookup;
import org.upright.web.BadRequest;
import org.upright.web.Params;
import org.upright.web.StateParams;

/** Reads the query parameters of /api/v1/recommendations into a {@link RecommendationFilter}. */
final class RecommendationQuery {
    private RecommendationQuery() {
    }

    static RecommendationFilter filter(Context ctx, StateLookup states) {
        return new RecommendationFilter(
                StateParams.one(ctx, "sur", states),
                StateParams.all(ctx, "rs", states),
                Params.cycle(ctx),
                Params.session(ctx),
                response(ctx),
                Params.text(ctx, "issue").orElse(null),
                Params.bool(ctx, "pledge"));
    }

    private static Response response(Context ctx) {
        return Params.text(ctx, "response").map(value -> Response.parse(value).orElseThrow(() -> new BadRequest(
                "response must be Supported, Noted or Pending (in any case), not '" + value + "'."))).orElse(null);
    }
}
