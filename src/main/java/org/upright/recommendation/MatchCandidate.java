package org.upright.recommendation;

import java.util.Set;
import org.upright.common.StateCode;

/** What the importer needs to know of a stored recommendation to decide whether a new row is the same one. */
public record MatchCandidate(
        RecommendationId id,
        String paragraph,
        String text,
        Set<StateCode> recommendingStates,
        Response response,
        boolean responseFinal,
        boolean pledge,
        Set<Long> sourceFiles) {
}
