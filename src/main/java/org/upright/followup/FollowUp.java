package org.upright.followup;

import java.time.LocalDate;
import java.util.List;
import org.upright.recommendation.Recommendation;

/**
 * One recommendation's follow-up as a viewer may see it: the assessments that count along a timeline (oldest
 * first), what each source says now, and when the next assessment is due.
 *
 * @param reviewedOn the first day of the review's session: assessments before it do not count
 * @param ignored    assessments the viewer may see but dated before the review (kept, shown apart, to be corrected)
 */
public record FollowUp(Recommendation recommendation, LocalDate reviewedOn, List<Assessment> timeline,
                       StatusRules.Summary summary, List<Assessment> ignored, List<Due> due) {
}
