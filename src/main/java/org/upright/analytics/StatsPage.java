package org.upright.analytics;

import java.util.List;
import java.util.Map;
import org.upright.search.Facet;

/**
 * The statistics page: a form (the search, the dimension, the second dimension) and the chart with its table.
 *
 * @param q       the query as typed
 * @param by      the dimension as chosen or typed (kept when wrong, so the person sees what they sent)
 * @param problem what was wrong, shown beside {@link #problemField()}; null when nothing was
 * @param chart   null when there is a problem
 * @param filters the search's filters other than the query, carried as hidden fields
 */
public record StatsPage(String q, String by, String then, Map<String, List<String>> filters, String problem,
                        String problemField, Chart chart) {
    public List<Facet> dimensions() {
        return StatsQuery.DIMENSIONS;
    }

    public String label(Facet facet) {
        return facet.shownTitle();
    }

    public boolean problemAt(String field) {
        return problem != null && field.equals(problemField);
    }

    /** The search page with the same query and filters. */
    public String searchUrl() {
        return StatsUrls.of("/search", q, filters, null, null);
    }
}
