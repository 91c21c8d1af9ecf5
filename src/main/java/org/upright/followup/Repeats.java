package org.upright.followup;

import java.util.List;
import org.upright.common.StateCode;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.Response;

/**
 * A recommendation's repeats: the earlier ones to the same state it repeats and the later ones that repeat it, each
 * best first, the links a person rejected apart, and the chain across cycles in a sentence.
 */
public record Repeats(RecommendationId id, StateCode state, String text, List<Line> earlier, List<Line> later, List<Line> rejected, RepeatChain chain) {
    /** The other recommendation of a link, as a page or the API shows it. */
    public record Line(RecommendationId id, int session, int cycle, int year, double score, double textScore, int sharedLabels,
                       RepeatLink.Decision decision, Response response, String text, boolean earlier) {
    }
}
