package org.upright.state;

import java.util.List;
import org.upright.recommendation.RecommendationList;
import org.upright.recommendation.ResponseCount;
import org.upright.review.Coverage;
import org.upright.review.ReviewRow;

/** The page of one state: its reviews by cycle, the responses it gave, and what it received and made. */
public record StatePage(State state, List<CycleReviews> cycles, List<ResponseCount> responses, long pledges,
                        RecommendationList received, RecommendationList made, Coverage held, Coverage record) {

    public record CycleReviews(int cycle, List<ReviewRow> reviews) {
    }

    public StateRef ref() {
        return StateRef.of(state);
    }

    public String groupTitle() {
        return state.group().title();
    }
}
