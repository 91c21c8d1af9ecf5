package org.upright.recommendation;

import java.util.List;

/** Announced after recommendations were added or changed and the change is committed. */
public record RecommendationsChanged(List<RecommendationId> ids) {
    public RecommendationsChanged {
        ids = List.copyOf(ids);
    }
}
