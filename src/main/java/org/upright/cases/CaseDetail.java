package org.upright.cases;

import java.util.List;
import org.upright.recommendation.RecommendationId;

/** A case with what a viewer may see of it: its timeline, its sources and the recommendations it bears on. */
public record CaseDetail(Case item, List<CaseEvent> timeline, List<CaseSource> sources, List<RecommendationId> recommendations) {
}
