package org.upright.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.search.Facet;

/**
 * A chart and the table behind it: the page shows the table (readable without JavaScript, and by screen readers),
 * and charts.js draws the chart from {@link #data()} above it.
 *
 * @param id          unique on the page (element ids)
 * @param description one sentence of what the chart shows, read out for the chart element
 * @param csv         the URL of the table as CSV, or null when there is none
 * @param heading     the heading of the table's first column: what its rows are
 * @param horizontal  bars drawn across (for names, longest first) rather than up (for time and scales, left to right)
 */
public record Chart(String id, String title, String description, StatsTable table, String csv, String heading, boolean horizontal) {

    /** A chart of recommendation counts: rows headed by their facet; time and scale read left to right, the rest across. */
    public Chart(String id, String title, String description, StatsTable table, String csv) {
        this(id, title, description, table, csv, table.by().shownTitle(), !(table.by() == Facet.CYCLE || table.by() == Facet.SESSION
                || table.by() == Facet.YEAR || table.by() == Facet.CATEGORY));
    }

    /** What charts.js draws: categories (the rows), one series per column, stacked. */
    public String data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("horizontal", horizontal());
        data.put("categories", table.rows().stream().map(StatsTable.Row::label).toList());
        data.put("response", table.then() == Facet.RESPONSE);
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            int column = i;
            List<Long> values = table.rows().stream().map(r -> r.counts().get(column)).toList();
            if (values.stream().allMatch(v -> v == 0)) continue;
            // the key (the English value) picks a response's colour whatever the language of the name
            series.add(Map.of("name", table.columns().get(i).label(), "key", StatsJson.responseKey(table.columns().get(i)), "data", values));
        }
        data.put("series", series);
        return ChartJson.write(data);
    }

    /** Pixels of height: horizontal bars need room for every row. */
    public int height() {
        return horizontal() ? Math.max(160, 60 + 22 * table.rows().size()) : 320;
    }
}
