package org.upright.recommendation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.upright.common.Mention;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;
import org.upright.web.Auth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.upright.state.StateLookup;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Templates;

/** The page of one recommendation, with the recommendations most like it. */
public final class RecommendationRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(RecommendationRoutes.class);
    /** How many similar recommendations the page lists. */
    private static final int SIMILAR = 10;

    /**
     * Finds the recommendations most like a given one, best first. The search index knows how; App passes it in
     * so this package does not depend on search, which depends on it.
     */
    @FunctionalInterface
    public interface SimilarFinder {
        List<RecommendationId> similar(RecommendationId id, int count);
    }

    private final RecommendationService recommendations;
    private final StateLookup states;
    private final SimilarFinder finder;
    private final BiFunction<Viewer, RecommendationId, List<Mention>> cases;

    private RecommendationRoutes(RecommendationService recommendations, StateLookup states, SimilarFinder finder,
                                 BiFunction<Viewer, RecommendationId, List<Mention>> cases) {
        this.recommendations = recommendations;
        this.states = states;
        this.finder = finder;
        this.cases = cases;
    }

    /** @param cases the cases bearing on a recommendation that the viewer may see */
    public static void register(RoutesConfig routes, RecommendationService recommendations, StateLookup states,
                                SimilarFinder finder, BiFunction<Viewer, RecommendationId, List<Mention>> cases) {
        RecommendationRoutes r = new RecommendationRoutes(recommendations, states, finder, cases);
        routes.get("/recommendations/{id}", r::show);
    }

    private void show(Context ctx) {
        RecommendationId id = new RecommendationId(Params.id(ctx, "recommendation"));
        Recommendation rec = recommendations.recommendation(id)
                .orElseThrow(() -> new NotFound(Ui.text("record.not_found.recommendation", id)));
        Map<String, Object> params = new HashMap<>();
        params.put("page", RecommendationPage.of(rec, recommendations.provenance(id), similar(id), states));
        params.put("cases", cases.apply(Auth.viewer(ctx), id));
        Templates.html(ctx, "recommendation/show.jte", params);
    }

    /** The similar recommendations in the finder's order; an extra, so a failing index leaves the page whole. */
    private List<Recommendation> similar(RecommendationId id) {
        try {
            List<RecommendationId> ids = finder.similar(id, SIMILAR);
            return recommendations.recommendations(ids).stream()
                    .sorted(Comparator.comparingInt(r -> ids.indexOf(r.id()))).toList();
        } catch (RuntimeException e) {
            LOG.warn("no similar recommendations for {}: {}", id, e.toString());
            return List.of();
        }
    }
}
