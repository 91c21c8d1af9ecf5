package org.upright.state;

import java.util.List;
import org.upright.recommendation.ResponseCount;
import org.upright.review.Coverage;
import org.upright.review.ReviewRow;

/**
 * The page of one state: its reviews by cycle, the responses it gave (in all and by cycle), and the lists of
 * what it received and made.
 */
public record StatePage(State state, List<CycleReviews> cycles, List<ResponseCount> responses,
                        List<CycleResponses> responsesByCycle, long pledges, long receivedTotal, long madeTotal,
                        StateList received, StateList made, Coverage held, Coverage record) {

    public record CycleReviews(int cycle, List<ReviewRow> reviews) {
    }

    /** How the state answered the recommendations of one cycle. */
    public record CycleResponses(int cycle, long supported, long noted, long pending, long none, long total) {
    }

    public StateRef ref() {
        return StateRef.of(state);
    }

    public String groupTitle() {
        return state.group().title();
    }

    /** The received list filtered to a cycle and a response ("supported", …, "none"). */
    public String receivedHref(int cycle, String response) {
        return StatePages.href(state, new ListFilter("received", cycle, null, response, 1), ListFilter.first("made")) + "#received";
    }
}
