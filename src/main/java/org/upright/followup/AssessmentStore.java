package org.upright.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.upright.common.StateCode;
import org.upright.common.Visibility;
import org.upright.recommendation.RecommendationId;
import org.upright.review.ReviewId;

/** Where assessments and due dates live. Reads that list take the visibilities their reader may see. */
public interface AssessmentStore {
    List<Assessment> of(RecommendationId recommendation, Set<Visibility> visible);

    Optional<Assessment> byId(long id);

    long add(RecommendationId recommendation, AssessmentForm.Checked form, String enteredBy, String now);

    void update(long id, AssessmentForm.Checked form, String now);

    /** The visible assessments of every recommendation the state received, by recommendation. */
    Map<RecommendationId, List<Assessment>> ofState(StateCode state, Set<Visibility> visible);

    long addDue(RecommendationId recommendation, ReviewId review, LocalDate dueOn, String note, String setBy, String now);

    /** Due dates before {@code today} that no assessment entered since they were set has met, oldest first. */
    List<Due> overdue(LocalDate today, int limit);

    /** The due dates set on a recommendation or on its review, soonest first. */
    List<Due> dueOf(RecommendationId recommendation, ReviewId review);
}
