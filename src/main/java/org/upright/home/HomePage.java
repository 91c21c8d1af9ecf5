package org.upright.home;

import java.util.List;
import org.upright.review.Coverage;
import org.upright.recommendation.ResponseCount;
import org.upright.review.ReviewRow;

/** The home page: the size of the record, the responses given, and the latest reviews. */
public record HomePage(long recommendations, long pledges, long reviews, long statesReviewed, int statesKnown,
                       List<ResponseCount> responses, List<ReviewRow> recent, Coverage coverage) {

    public boolean empty() {
        return recommendations == 0 && pledges == 0 && reviews == 0;
    }

    /** The share of all recommendations that got the response, in whole percent. */
    public long percent(ResponseCount count) {
        return recommendations == 0 ? 0 : Math.round(100.0 * count.count() / recommendations);
    }
}
