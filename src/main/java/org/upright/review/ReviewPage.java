package org.upright.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationRow;
import org.upright.recommendation.Response;
import org.upright.recommendation.ResponseCount;
import org.upright.i18n.Ui;
import org.upright.state.StateLookup;

/** The page of one review: its facts, then its recommendations grouped by response, then its pledges. */
public record ReviewPage(ReviewRow review, List<ResponseCount> responses, List<Group> groups,
                         List<RecommendationRow> pledges) {

    /** The recommendations that got one response; {@code id} is the anchor of the group's section. */
    public record Group(String id, String heading, String cssClass, List<RecommendationRow> items) {
    }

    public static ReviewPage of(Review review, List<Recommendation> all, StateLookup states) {
        Map<Response, List<RecommendationRow>> byResponse = new EnumMap<>(Response.class);
        List<RecommendationRow> unanswered = new ArrayList<>();
        List<RecommendationRow> pledges = new ArrayList<>();
        Map<Response, Long> counts = new EnumMap<>(Response.class);
        for (Recommendation r : all) {
            RecommendationRow row = RecommendationRow.of(r, states);
            if (r.pledge()) pledges.add(row);
            else if (r.response() == null) unanswered.add(row);
            else {
                byResponse.computeIfAbsent(r.response(), k -> new ArrayList<>()).add(row);
                counts.merge(r.response(), 1L, Long::sum);
            }
        }
        List<Group> groups = new ArrayList<>();
        byResponse.forEach((response, rows) -> groups.add(new Group(lower(response), Ui.term("response", response.label()), lower(response), rows)));
        if (!unanswered.isEmpty()) groups.add(new Group("no-response", Ui.text("review.no_response"), "none", unanswered));
        long recommendations = all.size() - pledges.size();
        ReviewRow row = ReviewRow.of(List.of(review), Map.of(review.id(), recommendations), states).getFirst();
        return new ReviewPage(row, ResponseCount.of(counts), groups, pledges);
    }

    public String title() {
        return Ui.text("review.title", Ui.state(review.state()), review.session().number(), review.session().year());
    }

    private static String lower(Response response) {
        return response.name().toLowerCase(Locale.ROOT);
    }
}
