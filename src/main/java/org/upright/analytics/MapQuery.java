package org.upright.analytics;

import java.util.List;
import java.util.Map;
import org.upright.search.Facet;
import org.upright.state.StateLookup;

/** What a world map counts: the search's matches by state under review (received) or recommending state (made). */
final class MapQuery {
    static final String SIDE = "side";

    private MapQuery() {
    }

    static StatsQuery read(String side, Map<String, List<String>> params, StateLookup states) {
        Facet by = switch (side) {
            case "received" -> Facet.SUR;
            case "made" -> Facet.RS;
            default -> throw new StatsException(SIDE, org.upright.i18n.Ui.text("stats.problem.side", SIDE, side));
        };
        StatsQuery search = StatsQuery.read(params, states);
        return new StatsQuery(search.search(), by, Facet.RESPONSE);
    }

    static String title(String side, String q, Map<String, List<String>> filters) {
        return org.upright.i18n.Ui.text("map.chart." + (q == null && filters.isEmpty() ? "all_" : "matching_")
                + (side.equals("made") ? "made" : "received"));
    }
}
