package org.upright.analytics;

import com.ibm.icu.util.Region;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A world map of counts per state: the rows of a table counted by state under review or by recommending state.
 * The map's geometry (Natural Earth 1:110m, from the world-atlas package, shipped in the jar) names countries by
 * their ISO 3166-1 numeric code; ICU knows each alpha-3 code's number.
 *
 * @param side  "received" (counted by state under review) or "made" (by recommending state)
 */
public record WorldMap(String side, Chart chart) {
    public static final List<String> SIDES = List.of("received", "made");

    /** The ISO 3166-1 numeric code of a state's alpha-3 code, three digits as the geometry writes it. */
    static Optional<String> numeric(String alpha3) {
        try {
            int n = Region.getInstance(alpha3.toUpperCase(Locale.ROOT)).getNumericCode();
            return n <= 0 ? Optional.empty() : Optional.of(String.format(Locale.ROOT, "%03d", n));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> value(String id, StatsTable.Row row) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("code", row.value());
        v.put("name", row.label());
        v.put("value", row.total());
        return v;
    }

    /** What charts.js draws: one value per country of the geometry, with its name and the state's code for the link. */
    public String data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "map");
        data.put("geometry", "/geo/countries-110m.json");
        data.put("side", side);
        data.put("max", chart.table().rows().stream().mapToLong(StatsTable.Row::total).max().orElse(0));
        data.put("values", chart.table().rows().stream().flatMap(r -> numeric(r.value()).stream().map(id -> value(id, r))).toList());
        return ChartJson.write(data);
    }
}
