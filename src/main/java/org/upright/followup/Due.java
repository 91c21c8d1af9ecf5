package org.upright.followup;

import java.time.LocalDate;
import org.upright.recommendation.RecommendationId;
import org.upright.review.ReviewId;

/**
 * When the next assessment of one recommendation, or of a whole review (the mid-term report), is due: exactly one of
 * recommendation and review is set. It is met once an assessment of it is entered after the due date was set.
 */
public record Due(long id, RecommendationId recommendation, ReviewId review, LocalDate dueOn, String note, String setBy,
                  String createdAt) {
    public String target() {
        return recommendation != null ? "recommendation/" + recommendation.value() : "review/" + review.value();
    }
}
