package org.upright.recommendation;

import java.util.List;

/**
 * Announced after recommendations were added or changed and the change is committed: by the service that changed
 * them, or by the change-log follower ({@code fromChangeLog}) for changes read from the database's change log —
 * another node's, or this node's own a second time.
 */
public record RecommendationsChanged(List<RecommendationId> ids, boolean fromChangeLog) {
    public RecommendationsChanged {
        ids = List.copyOf(ids);
    }

    public RecommendationsChanged(List<RecommendationId> ids) {
        this(ids, false);
    }
}
