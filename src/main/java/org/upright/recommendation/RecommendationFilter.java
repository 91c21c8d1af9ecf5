package org.upright.recommendation;

import java.util.List;
import org.upright.common.StateCode;

/**
 * Which recommendations to list; null or empty parts do not filter. Several recommending states are OR-ed.
 *
 * @param pledges null for both, true for voluntary pledges only, false for recommendations only
 */
public record RecommendationFilter(
        StateCode stateUnderReview,
        List<StateCode> recommendingStates,
        Integer cycle,
        Integer session,
        Response response,
        String issue,
        Boolean pledges) {

    public RecommendationFilter {
        recommendingStates = recommendingStates == null ? List.of() : List.copyOf(recommendingStates);
    }

    public static RecommendationFilter none() {
        return new RecommendationFilter(null, List.of(), null, null, null, null, null);
    }

    public static RecommendationFilter ofReview(StateCode state, int session) {
        return new RecommendationFilter(state, List.of(), null, session, null, null, null);
    }
}
