package org.upright.review;

import java.util.List;
import java.util.Map;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;

/** A review as lists show it: the state, the session and how many recommendations it received. */
public record ReviewRow(long id, StateRef state, Session session, String documentSymbol, long recommendations) {

    public static List<ReviewRow> of(List<Review> reviews, Map<ReviewId, Long> counts, StateLookup states) {
        return reviews.stream().map(r -> new ReviewRow(r.id().value(), states.ref(r.state()), r.session(),
                r.documentSymbol(), counts.getOrDefault(r.id(), 0L))).toList();
    }

    public String url() {
        return "/reviews/" + id;
    }

    /** "Algeria, session 13 (2012)". */
    public String title() {
        return state.name() + ", session " + session.number() + " (" + session.year() + ")";
    }
}
