package org.upright.recommendation;

import java.util.Map;
import org.upright.common.StateCode;

/** Counts over the whole record: by cycle, session, response, state under review and recommending state. */
public record RecordStats(
        long recommendations,
        long pledges,
        Map<Integer, Long> byCycle,
        Map<Integer, Long> bySession,
        Map<Response, Long> byResponse,
        Map<StateCode, Long> byStateUnderReview,
        Map<StateCode, Long> byRecommendingState) {
}
