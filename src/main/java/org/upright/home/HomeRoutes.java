package org.upright.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.upright.recommendation.RecommendationService;
import org.upright.recommendation.RecordStats;
import org.upright.recommendation.ResponseCount;
import org.upright.review.Review;
import org.upright.review.ReviewFilter;
import org.upright.review.ReviewRow;
import org.upright.review.ReviewService;
import org.upright.state.StateLookup;
import org.upright.web.Templates;

/** The home page. */
public final class HomeRoutes {
    /** How many of the latest reviews the home page lists. */
    private static final int RECENT = 10;

    private final RecommendationService recommendations;
    private final ReviewService reviews;
    private final StateLookup states;

    private HomeRoutes(RecommendationService recommendations, ReviewService reviews, StateLookup states) {
        this.recommendations = recommendations;
        this.reviews = reviews;
        this.states = states;
    }

    public static void register(RoutesConfig routes, RecommendationService recommendations, ReviewService reviews,
                                StateLookup states) {
        HomeRoutes r = new HomeRoutes(recommendations, reviews, states);
        routes.get("/", r::home);
    }

    private void home(Context ctx) {
        RecordStats stats = recommendations.stats();
        List<Review> recent = reviews.recent(RECENT);
        var counts = recommendations.countByReview(recent.stream().map(Review::id).toList());
        Templates.html(ctx, "home/index.jte", new HomePage(stats.recommendations(), stats.pledges(),
                reviews.count(ReviewFilter.none()), stats.byStateUnderReview().size(), states.directory().all().size(),
                ResponseCount.of(stats.byResponse()), ReviewRow.of(recent, counts, states)));
    }
}
