package org.upright.recommendation;

import java.util.List;

/**
 * Announced after recommendations were added or changed and the change is committed: by the service that changed
 * them, or by the change-log follower ({@code fromChangeLog}) for changes read from the database's change log —
 * another node's, or this node's own a second time. {@code labelsOnly}: only their labels changed (machine
 * suggestions, a person's decision on one), so their texts need no new suggestions.
 */
public record RecommendationsChanged(List<RecommendationId> ids, boolean fromChangeLog, boolean labelsOnly) {
    public RecommendationsChanged {
        ids = List.copyOf(ids);
    }

    public RecommendationsChanged(List<RecommendationId> ids) {
        this(ids, false, false);
    }

    public RecommendationsChanged(List<RecommendationId> ids, boolean fromChangeLog) {
        this(ids, fromChangeLog, false);
    }

    public static RecommendationsChanged labelsOf(List<RecommendationId> ids) {
        return new RecommendationsChanged(ids, false, true);
    }
}
