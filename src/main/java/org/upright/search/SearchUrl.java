package org.upright.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The URL of a search: the whole state (query, filters, order, page, explanations) lives in it, so a search
 * can be bookmarked and shared, and every link on the page is a plain href that works without JavaScript.
 * Defaults are left out to keep the URLs short.
 */
final class SearchUrl {
    private SearchUrl() {
    }

    static String of(String path, SearchRequest r) {
        String query = query(r);
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The request as a query string, page and size included when they are not the defaults. */
    static String query(SearchRequest r) {
        List<String> parts = new ArrayList<>();
        if (!r.query().isBlank()) parts.add("q=" + encode(r.query()));
        for (Facet facet : Facet.values()) {
            for (String value : r.filters().getOrDefault(facet, List.of())) parts.add(facet.id() + "=" + encode(value));
        }
        if (r.sort() != SearchSort.RELEVANCE) parts.add("sort=" + r.sort().name().toLowerCase(java.util.Locale.ROOT));
        if (r.page() > 1) parts.add("page=" + r.page());
        if (r.size() != SearchParams.DEFAULT_SIZE) parts.add("size=" + r.size());
        if (r.explain()) parts.add("explain=1");
        return String.join("&", parts);
    }

    static SearchRequest page(SearchRequest r, int page) {
        return new SearchRequest(r.query(), r.filters(), r.sort(), page, r.size(), r.explain());
    }

    /** The same search with another query, from the first page (a did-you-mean link). */
    static SearchRequest query(SearchRequest r, String query) {
        return new SearchRequest(query, r.filters(), r.sort(), 1, r.size(), r.explain());
    }

    /** Everything the export needs: query, filters and order; no page, size or explanations. */
    static SearchRequest forExport(SearchRequest r) {
        return new SearchRequest(r.query(), r.filters(), r.sort(), 1, SearchParams.DEFAULT_SIZE, false);
    }

    /** The same search with one facet value ticked or unticked, from the first page. */
    static SearchRequest toggle(SearchRequest r, Facet facet, String value) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(r.filters());
        List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        if (!values.remove(value)) values.add(value);
        if (values.isEmpty()) filters.remove(facet);
        else filters.put(facet, values);
        return new SearchRequest(r.query(), filters, r.sort(), 1, r.size(), r.explain());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
