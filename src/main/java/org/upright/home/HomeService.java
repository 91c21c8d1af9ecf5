package org.upright.home;

import java.util.List;
import org.upright.common.ChangeEvents;
import org.upright.common.KeptUntilChanged;
import org.upright.recommendation.RecommendationService;
import org.upright.recommendation.RecommendationsChanged;
import org.upright.recommendation.RecordStats;
import org.upright.recommendation.ResponseCount;
import org.upright.review.Review;
import org.upright.review.ReviewFilter;
import org.upright.review.ReviewRow;
import org.upright.review.ReviewService;
import org.upright.state.StateLookup;

/**
 * What the home page shows. Counting the whole record took most of a page view's time, and the record only
 * changes by imports and labels, each announced as {@link RecommendationsChanged} — also those other nodes or a
 * command-line import committed, which the change-log follower announces — so the page is kept until the next one.
 */
public final class HomeService {
    /** How many of the latest reviews the home page lists. */
    static final int RECENT = 10;

    private final RecommendationService recommendations;
    private final ReviewService reviews;
    private final StateLookup states;
    private final KeptUntilChanged<HomePage> page = new KeptUntilChanged<>(this::count);

    public HomeService(RecommendationService recommendations, ReviewService reviews, StateLookup states,
                       ChangeEvents events) {
        this.recommendations = recommendations;
        this.reviews = reviews;
        this.states = states;
        events.subscribe(RecommendationsChanged.class, changed -> page.forget());
    }

    public HomePage page() {
        return page.get();
    }

    private HomePage count() {
        RecordStats stats = recommendations.stats();
        List<Review> recent = reviews.recent(RECENT);
        var counts = recommendations.countByReview(recent.stream().map(Review::id).toList());
        return new HomePage(stats.recommendations(), stats.pledges(), reviews.count(ReviewFilter.none()),
                stats.byStateUnderReview().size(), states.directory().all().size(),
                ResponseCount.of(stats.byResponse()), ReviewRow.of(recent, counts, states), reviews.coverage());
    }
}
