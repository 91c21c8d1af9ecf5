package org.upright.recommendation;

import java.util.List;
import org.upright.common.StateCode;
import org.upright.review.ReviewId;

/** A recommendation (or voluntary pledge) as the record holds it. */
public record Recommendation(
        RecommendationId id,
        ReviewId review,
        StateCode stateUnderReview,
        int session,
        int cycle,
        String paragraph,
        String text,
        List<StateCode> recommendingStates,
        Response response,
        boolean responseFinal,
        boolean pledge,
        Integer actionCategory,
        List<Label> labels) {
}
