package org.upright.analytics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** URLs of tables and charts, with the search's query and filters. */
final class StatsUrls {
    private StatsUrls() {
    }

    static String of(String path, String q, Map<String, List<String>> filters, String by, String then) {
        StringJoiner query = new StringJoiner("&");
        if (q != null && !q.isBlank()) query.add("q=" + encode(q));
        filters.forEach((name, values) -> values.forEach(v -> query.add(encode(name) + "=" + encode(v))));
        if (by != null) query.add("by=" + by);
        if (then != null) query.add("then=" + then);
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** The CSV of the table: the API's answer with format=csv. */
    static String csv(String q, Map<String, List<String>> filters, String by, String then) {
        return of("/api/v1/stats", q, filters, by, then) + (q == null && filters.isEmpty() && by == null ? "?" : "&") + "format=csv";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
