package org.upright.analytics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.search.Facet;
import org.upright.search.SearchRequest;
import org.upright.search.SearchSort;
import org.upright.state.State;

/** The charts other pages show: the whole record's on the home page, a state's on its page. */
public final class Charts {
    /** Rows of a chart on a page that is not about statistics: the largest values, the rest in the CSV. */
    static final int TOP = 10;

    private final StatsService stats;

    public Charts(StatsService stats) {
        this.stats = stats;
    }

    public ChartSection home() {
        List<Chart> charts = List.of(
                chart("home-cycles", Ui.text("chart.home.cycles"), Map.of(), Facet.CYCLE, StatsService.MAX_ROWS),
                chart("home-groups", Ui.text("chart.home.groups"), Map.of(), Facet.SUR_GROUP, StatsService.MAX_ROWS));
        return new ChartSection(Ui.text("chart.home.heading"), Ui.text("chart.home.intro"), charts, "/stats");
    }

    public ChartSection state(State state) {
        String code = state.code().value();
        Map<String, List<String>> received = Map.of("sur", List.of(code));
        Map<String, List<String>> made = Map.of("rs", List.of(code));
        List<Chart> charts = new ArrayList<>();
        charts.add(chart("state-received", Ui.text("chart.state.received"), received, Facet.CYCLE, StatsService.MAX_ROWS));
        charts.add(chart("state-made", Ui.text("chart.state.made"), made, Facet.CYCLE, StatsService.MAX_ROWS));
        charts.add(chart("state-issues", Ui.text("chart.state.issues"), received, Facet.ISSUE, TOP));
        charts.add(chart("state-recommenders", Ui.text("chart.state.recommenders"), received, Facet.RS, TOP));
        charts.add(chart("state-categories", Ui.text("chart.state.categories"), received, Facet.CATEGORY,
                StatsService.MAX_ROWS));
        return new ChartSection(Ui.text("chart.state.heading"), Ui.text("chart.state.intro", Ui.state(code, state.name())), charts,
                "/stats?sur=" + code + "&by=cycle");
    }

    /** A chart of the recommendations (not pledges) with these filters, by the dimension and response. */
    Chart chart(String id, String title, Map<String, List<String>> filters, Facet by, int rows) {
        StatsTable table = stats.table(query(filters, by), rows);
        Map<String, List<String>> csv = new LinkedHashMap<>(filters);
        csv.put("kind", List.of("recommendation"));
        return new Chart(id, title, StatsRoutes.description(table), table, StatsUrls.csv(null, csv, by.id(), Facet.RESPONSE.id()));
    }

    /** Recommendations (not pledges) with these filters (by their URL names), by the dimension and response. */
    static StatsQuery query(Map<String, List<String>> filters, Facet by) {
        Map<Facet, List<String>> search = new EnumMap<>(Facet.class);
        filters.forEach((k, v) -> search.put(Facet.byId(k).orElseThrow(), v));
        search.put(Facet.KIND, List.of("recommendation"));
        return new StatsQuery(new SearchRequest("", search, SearchSort.SESSION, 1, 1, false), by, Facet.RESPONSE);
    }
}
