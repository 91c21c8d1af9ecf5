package org.upright.recommendation;

import java.util.List;
import java.util.Locale;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;

/** A recommendation as lists and pages show it, with state names looked up. */
public record RecommendationRow(
        long id,
        String paragraph,
        String text,
        StateRef stateUnderReview,
        long reviewId,
        int session,
        int cycle,
        List<StateRef> recommendingStates,
        Response response,
        boolean responseFinal,
        boolean pledge,
        Integer actionCategory,
        List<Label> labels) {

    public static RecommendationRow of(Recommendation r, StateLookup states) {
        return new RecommendationRow(r.id().value(), r.paragraph(), r.text(), states.ref(r.stateUnderReview()),
                r.review().value(), r.session(), r.cycle(), states.refs(r.recommendingStates()), r.response(),
                r.responseFinal(), r.pledge(), r.actionCategory(), r.labels());
    }

    public String url() {
        return "/recommendations/" + id;
    }

    public String reviewUrl() {
        return "/reviews/" + reviewId;
    }

    /** "Supported", "Noted", "Pending", or "No response" when no source gave one. */
    public String responseLabel() {
        return response == null ? "No response" : response.label();
    }

    /** The CSS class of the response badge. */
    public String responseClass() {
        return response == null ? "none" : response.name().toLowerCase(Locale.ROOT);
    }

    public List<Label> sourceLabels() {
        return labels.stream().filter(l -> l.origin() != LabelOrigin.MACHINE).toList();
    }
}
