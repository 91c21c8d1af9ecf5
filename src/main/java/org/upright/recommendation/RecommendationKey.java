package org.upright.recommendation;

import java.util.Comparator;

/**
 * What a list needs to order and filter a recommendation without loading it: its session and cycle, its paragraph
 * number in the report, its response (null when none is known yet).
 */
public record RecommendationKey(RecommendationId id, int session, int cycle, String paragraph, Response response) {
    /** Newest session (so newest cycle) first, then the report's paragraph order (77.5 before 77.10), then id. */
    public static final Comparator<RecommendationKey> NEWEST_IN_PARAGRAPH_ORDER = Comparator
            .comparingInt(RecommendationKey::session).reversed()
            .thenComparing(RecommendationKey::paragraph, ParagraphOrder.INSTANCE)
            .thenComparingLong(k -> k.id().value());
}
