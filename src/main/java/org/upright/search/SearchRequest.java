package org.upright.search;

import java.util.List;
import java.util.Map;

/**
 * A search: the query in UPRight's query language (may be blank: everything), facet filters, order, page.
 *
 * @param filters facet → values; values of one facet are OR-ed, facets AND-ed; state values may be codes or
 *                any known name, and are resolved before they reach the index
 * @param explain true to say for every hit which words matched in which field, and the stemmed form
 */
public record SearchRequest(String query, Map<Facet, List<String>> filters, SearchSort sort, int page, int size,
                            boolean explain) {
    public static final int MAX_SIZE = 500;
    /** Pages beyond this answer with a message: nobody reads hit 100,000 one page at a time (export instead). */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        filters = Map.copyOf(filters);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 1, 20, false);
    }
}
