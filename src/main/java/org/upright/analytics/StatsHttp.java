package org.upright.analytics;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.search.SearchParams;

/** What the statistics page and API share: the URL's parameters split into the query, the filters and the table's. */
final class StatsHttp {
    private StatsHttp() {
    }

    /** Every parameter of the URL. */
    static Map<String, List<String>> params(Context ctx) {
        return new LinkedHashMap<>(ctx.queryParamMap());
    }

    /** The filters alone: what is neither the table's choice nor a control of the search. */
    static Map<String, List<String>> filters(Map<String, List<String>> params) {
        Map<String, List<String>> filters = new LinkedHashMap<>(params);
        StatsQuery.CONTROLS.forEach(filters::remove);
        SearchParams.CONTROLS.forEach(filters::remove);
        filters.values().removeIf(v -> v.stream().allMatch(s -> s == null || s.isBlank()));
        return filters;
    }

    static String first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .findFirst().orElse(null);
    }
}
