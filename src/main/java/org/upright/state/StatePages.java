package org.upright.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.common.ChangeEvents;
import org.upright.common.KeptUntilChanged;
import org.upright.common.PageRequest;
import org.upright.common.Language;
import org.upright.common.StateCode;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationList;
import org.upright.recommendation.RecommendationService;
import org.upright.recommendation.RecommendationsChanged;
import org.upright.recommendation.ResponseCount;
import org.upright.review.Review;
import org.upright.review.ReviewRow;
import org.upright.review.ReviewService;

/** Puts the state pages together from the review and recommendation services. */
public final class StatePages {
    /** Recommendations per page in a state's lists: enough to scan, few enough to read. */
    static final int LIST_SIZE = 20;

    private final StateLookup states;
    private final ReviewService reviews;
    private final RecommendationService recommendations;
    /**
     * Recommendations received and made by every state: two counts over the whole record that took nearly all of
     * /states' and /api/v1/states' time (124–129 ms), kept until the record changes (imports and labels announce
     * it, also those of other nodes through the change log).
     */
    private final KeptUntilChanged<Counts> counts;

    private record Counts(Map<StateCode, Long> received, Map<StateCode, Long> made) {
    }

    public StatePages(StateLookup states, ReviewService reviews, RecommendationService recommendations,
                      ChangeEvents events) {
        this.states = states;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.counts = new KeptUntilChanged<>(() -> new Counts(Map.copyOf(recommendations.receivedByState()),
                Map.copyOf(recommendations.madeByState())));
        events.subscribe(RecommendationsChanged.class, changed -> counts.forget());
    }

    public StatesPage all(boolean byName, Language language) {
        Counts c = counts.get();
        StateDirectory directory = states.directory();
        return StatesPage.of(directory.sortedBy(language), s -> directory.name(s.code(), language), byName, c.received(), c.made());
    }

    public StatePage page(State state, int receivedPage, int madePage) {
        List<Review> held = reviews.reviewsOf(state.code());
        List<ReviewRow> rows = ReviewRow.of(held, recommendations.countByReview(held.stream().map(Review::id).toList()), states);
        Map<Integer, List<ReviewRow>> byCycle = new LinkedHashMap<>();
        rows.forEach(r -> byCycle.computeIfAbsent(r.session().cycle(), c -> new ArrayList<>()).add(r));
        List<StatePage.CycleReviews> cycles = byCycle.entrySet().stream()
                .map(e -> new StatePage.CycleReviews(e.getKey(), e.getValue())).toList();
        long pledges = recommendations.count(new RecommendationFilter(state.code(), List.of(), null, null, null, null, true));
        return new StatePage(state, cycles, ResponseCount.of(recommendations.countByResponse(received(state.code()))),
                pledges, list(state, "received", receivedPage, madePage), list(state, "made", receivedPage, madePage),
                new org.upright.review.Coverage(held.stream().map(Review::session).toList()), reviews.coverage());
    }

    /** The list "received" or "made" (anything else means "received"), at the page asked for. */
    public RecommendationList list(State state, String which, int receivedPage, int madePage) {
        String name = state.name();
        if (which.equals("made")) {
            var page = recommendations.find(made(state.code()), new PageRequest(madePage, LIST_SIZE));
            return RecommendationList.of("made", "Recommendations made by " + name,
                    name + " has made no recommendations in the record.", page,
                    p -> href(state, receivedPage, p), false, states);
        }
        var page = recommendations.find(received(state.code()), new PageRequest(receivedPage, LIST_SIZE));
        return RecommendationList.of("received", "Recommendations received by " + name,
                name + " has received no recommendations in the record.", page,
                p -> href(state, p, madePage), true, states);
    }

    private static RecommendationFilter received(StateCode code) {
        return new RecommendationFilter(code, List.of(), null, null, null, null, false);
    }

    private static RecommendationFilter made(StateCode code) {
        return new RecommendationFilter(null, List.of(code), null, null, null, null, false);
    }

    /** The state page's URL at the two list pages; a list at its first page is left out of the query. */
    private static String href(State state, int receivedPage, int madePage) {
        List<String> query = new ArrayList<>();
        if (receivedPage > 1) query.add("received=" + receivedPage);
        if (madePage > 1) query.add("made=" + madePage);
        return "/states/" + state.code() + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
