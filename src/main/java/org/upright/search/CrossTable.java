package org.upright.search;

import java.util.List;
import java.util.Map;

/**
 * How the recommendations a search matches spread over the values of two facets. A recommendation with several
 * values of a facet (a joint recommendation has several recommending states, most have several issues) counts once
 * for each, so the rows may add up to more than {@link #total}.
 *
 * @param total   recommendations the search matches, as {@link SearchService#count} says
 * @param rows    every value of the row facet held by a match, with its count and its counts by column value
 * @param without matches that hold no value of the row facet (no issue, no recommending state …)
 * @param notices what the query or the filters had to repair, as a search says it
 */
public record CrossTable(Facet rowFacet, Facet columnFacet, long total, List<Row> rows, long without, List<String> notices) {
    /** The column value of matches that hold no value of the column facet (no response yet, no issue …). */
    public static final String NONE = "";

    /**
     * @param cells column value (or {@link #NONE}) → matches with this row value and that column value
     */
    public record Row(String value, long total, Map<String, Long> cells) {
    }

    /** The same counts with other notices (said again in another reader's language). */
    public CrossTable withNotices(List<String> other) {
        return new CrossTable(rowFacet, columnFacet, total, rows, without, List.copyOf(other));
    }
}
