package org.upright.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param query      the query as it was actually run (after repairs of unbalanced quotes, unknown fields …)
 * @param notices    what was repaired or ignored and why, in words a person understands; empty when nothing was
 * @param didYouMean a corrected query when some words match nothing and a close word does ("torure" → "torture"),
 *                   else null
 * @param facets     for every facet its values with counts, most frequent first (selected values always shown)
 */
public record SearchResult(
        long total,
        int page,
        int size,
        List<SearchHit> hits,
        Map<Facet, List<FacetValue>> facets,
        String query,
        List<String> notices,
        String didYouMean) {
}
