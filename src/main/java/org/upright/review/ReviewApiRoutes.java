package org.upright.review;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.upright.common.Page;
import org.upright.i18n.Ui;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationJson;
import org.upright.recommendation.RecommendationRow;
import org.upright.recommendation.RecommendationService;
import org.upright.state.StateLookup;
import org.upright.web.NotFound;
import org.upright.web.PageJson;
import org.upright.web.Params;
import org.upright.web.StateParams;

/** /api/v1/reviews: the list filtered by state, cycle and session, and one review with its recommendations. */
public final class ReviewApiRoutes {
    private final ReviewService reviews;
    private final RecommendationService recommendations;
    private final StateLookup states;

    private ReviewApiRoutes(ReviewService reviews, RecommendationService recommendations, StateLookup states) {
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.states = states;
    }

    public static void register(RoutesConfig routes, ReviewService reviews, RecommendationService recommendations,
                                StateLookup states) {
        ReviewApiRoutes r = new ReviewApiRoutes(reviews, recommendations, states);
        routes.get("/api/v1/reviews", r::list);
        routes.get("/api/v1/reviews/{id}", r::one);
    }

    private void list(Context ctx) {
        ReviewFilter filter = new ReviewFilter(StateParams.one(ctx, "sur", states), Params.cycle(ctx), Params.session(ctx));
        Page<Review> page = reviews.find(filter, Params.page(ctx, Params.DEFAULT_API_PAGE_SIZE));
        Map<ReviewId, Long> counts = recommendations.countByReview(page.items().stream().map(Review::id).toList());
        List<ReviewRow> rows = ReviewRow.of(page.items(), counts, states);
        ctx.json(new PageJson<>(page.total(), page.page(), page.size(), rows.stream().map(r -> ReviewJson.of(r, null)).toList()));
    }

    private void one(Context ctx) {
        ReviewId id = new ReviewId(Params.id(ctx, "review"));
        Review review = reviews.review(id).orElseThrow(() -> new NotFound(Ui.text("problem.no_review", String.valueOf(id))));
        var all = recommendations.all(RecommendationFilter.ofReview(review.state(), review.session().number()));
        List<RecommendationJson> items = all.stream().map(r -> RecommendationJson.of(RecommendationRow.of(r, states))).toList();
        long count = all.stream().filter(r -> !r.pledge()).count();
        ctx.json(ReviewJson.of(ReviewRow.of(List.of(review), Map.of(id, count), states).getFirst(), items));
    }
}
