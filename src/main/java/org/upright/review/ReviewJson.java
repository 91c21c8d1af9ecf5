package org.upright.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.upright.recommendation.RecommendationJson;
import org.upright.state.StateRef;

/** A review in the JSON API v1; {@code recommendations} only when one review is asked for. */
public record ReviewJson(
        long id,
        StateRef stateUnderReview,
        int session,
        int cycle,
        int year,
        String startsOn,
        String endsOn,
        String documentSymbol,
        long recommendationCount,
        String url,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<RecommendationJson> recommendations) {

    public static ReviewJson of(ReviewRow r, List<RecommendationJson> recommendations) {
        Session s = r.session();
        return new ReviewJson(r.id(), r.state(), s.number(), s.cycle(), s.year(), s.startsOn(), s.endsOn(),
                r.documentSymbol(), r.recommendations(), r.url(), recommendations);
    }
}
