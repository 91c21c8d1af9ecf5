package org.upright.alert;

import org.upright.recommendation.Recommendation;
import org.upright.state.StateLookup;

/** How a feed entry and an alert name a recommendation: "Recommendation to Kazakhstan by France, session 20 (Supported)". */
final class RecommendationTitle {
    private RecommendationTitle() {
    }

    static String of(Recommendation r, StateLookup states) {
        String state = states.ref(r.stateUnderReview()).name();
        String by = r.recommendingStates().isEmpty() ? ""
                : " by " + String.join(", ", states.refs(r.recommendingStates()).stream().map(s -> s.name()).toList());
        return (r.pledge() ? "Pledge of " : "Recommendation to ") + state + by + ", session " + r.session()
                + (r.response() == null ? "" : " (" + r.response().label() + ")");
    }
}
