package org.upright.recommendation;

import java.util.List;
import org.upright.common.StateCode;
import org.upright.review.ReviewId;

/** A recommendation to be stored for the first time. */
public record NewRecommendation(
        ReviewId review,
        String paragraph,
        String text,
        List<StateCode> recommendingStates,
        Response response,
        boolean responseFinal,
        boolean pledge,
        Integer actionCategory,
        List<Label> labels) {
}
