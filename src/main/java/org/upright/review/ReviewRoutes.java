package org.upright.review;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.upright.common.PageRequest;
import org.upright.i18n.Ui;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationService;
import org.upright.state.StateLookup;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Templates;

/** The pages of reviews and of the Working Group sessions they took place in. */
public final class ReviewRoutes {
    private final ReviewService reviews;
    private final RecommendationService recommendations;
    private final StateLookup states;

    private ReviewRoutes(ReviewService reviews, RecommendationService recommendations, StateLookup states) {
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.states = states;
    }

    public static void register(RoutesConfig routes, ReviewService reviews, RecommendationService recommendations,
                                StateLookup states) {
        ReviewRoutes r = new ReviewRoutes(reviews, recommendations, states);
        routes.get("/reviews/{id}", r::review);
        routes.get("/sessions", r::sessions);
        routes.get("/sessions/{number}", r::session);
    }

    private void review(Context ctx) {
        ReviewId id = new ReviewId(Params.id(ctx, "review"));
        Review review = reviews.review(id).orElseThrow(() -> new NotFound(Ui.text("record.not_found.review", id)));
        var all = recommendations.all(RecommendationFilter.ofReview(review.state(), review.session().number()));
        Templates.html(ctx, "review/show.jte", ReviewPage.of(review, all, states));
    }

    private void sessions(Context ctx) {
        Templates.html(ctx, "review/sessions.jte", SessionsPage.of(reviews.sessions(), reviews.countBySession()));
    }

    private void session(Context ctx) {
        long number = Params.pathNumber(ctx, "number", "session number");
        Session session = reviews.sessions().stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new NotFound(Ui.text("record.not_found.session", number)));
        List<Review> held = reviews.find(new ReviewFilter(null, null, session.number()), new PageRequest(1, 500)).items();
        var counts = recommendations.countByReview(held.stream().map(Review::id).toList());
        Templates.html(ctx, "review/session.jte", new SessionPage(session, ReviewRow.of(held, counts, states)));
    }
}
