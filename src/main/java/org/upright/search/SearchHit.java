package org.upright.search;

import java.util.List;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.Response;

/**
 * One hit: what a result list shows, read from the index (no database round trip).
 *
 * @param highlighted the text, HTML-escaped, with matched words in {@code <mark>…</mark>}
 * @param explanation the terms that matched, when the request asked for it; else empty
 */
public record SearchHit(
        RecommendationId id,
        String text,
        String highlighted,
        StateCode stateUnderReview,
        List<StateCode> recommendingStates,
        Response response,
        int session,
        int cycle,
        int year,
        boolean pledge,
        Integer actionCategory,
        List<Label> labels,
        float score,
        List<MatchedTerm> explanation) {
}
