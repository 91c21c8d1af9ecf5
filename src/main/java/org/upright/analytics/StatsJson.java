package org.upright.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a table: {"by", "then", "total", "rows": [{"value", "label", "total", "share", "responses"}], …}.
 * Counted across by response, each row's counts are under "responses" by the response's name ("Supported", "Noted",
 * "Pending", "No response"); across another dimension they are under "cells" by value ("" as "none").
 */
final class StatsJson {
    private StatsJson() {
    }

    static Map<String, Object> of(StatsTable table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("by", table.by().id());
        json.put("then", table.then().id());
        json.put("total", table.total());
        json.put("without", table.without());
        json.put("columns", table.columns().stream().map(c -> Map.of("value", key(c), "label", c.label())).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean responses = table.then() == org.upright.search.Facet.RESPONSE;
        for (StatsTable.Row r : table.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("value", r.value());
            row.put("label", r.label());
            row.put("total", r.total());
            row.put("share", Math.round(r.share() * 10000) / 10000.0);
            Map<String, Long> cells = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                StatsTable.Column c = table.columns().get(i);
                cells.put(responses ? responseKey(c) : key(c), r.counts().get(i));
            }
            row.put(responses ? "responses" : "cells", cells);
            rows.add(row);
        }
        json.put("rows", rows);
        json.put("hidden_rows", table.hiddenRows());
        json.put("hidden_columns", table.hiddenColumns());
        json.put("notes", table.notes());
        return json;
    }

    /** A response column's name in JSON: the English response, whatever language the labels are in. */
    static String responseKey(StatsTable.Column c) {
        return c.value().isEmpty() ? "No response" : c.value();
    }

    private static String key(StatsTable.Column c) {
        return c.value().isEmpty() ? "none" : c.value();
    }
}
