package org.upright.analytics;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.state.StateLookup;
import org.upright.web.Templates;

/** The statistics page: any search counted by a dimension, as a chart with its table and a CSV. */
public final class StatsRoutes {
    private final StatsService stats;
    private final StateLookup states;

    private StatsRoutes(StatsService stats, StateLookup states) {
        this.stats = stats;
        this.states = states;
    }

    public static void register(RoutesConfig routes, StatsService stats, StateLookup states) {
        StatsRoutes r = new StatsRoutes(stats, states);
        routes.get("/stats", r::page);
        routes.get("/stats/network", r::network);
        routes.get("/stats/map", r::map);
    }

    private void network(Context ctx) {
        Map<String, List<String>> params = StatsHttp.params(ctx);
        String q = StatsHttp.first(params, "q");
        Map<String, List<String>> filters = StatsHttp.filters(params);
        try {
            Network network = stats.network(StatsQuery.read(params, states).search());
            Templates.html(ctx, "analytics/network.jte", new NetworkPage(q, filters, null, network));
        } catch (StatsException e) {
            ctx.status(400);
            Templates.html(ctx, "analytics/network.jte", new NetworkPage(q, filters, e.getMessage(), null));
        }
    }

    private void map(Context ctx) {
        Map<String, List<String>> params = StatsHttp.params(ctx);
        String q = StatsHttp.first(params, "q");
        String side = java.util.Objects.requireNonNullElse(StatsHttp.first(params, MapQuery.SIDE), "received");
        params.remove(MapQuery.SIDE);
        Map<String, List<String>> filters = StatsHttp.filters(params);
        try {
            StatsQuery query = MapQuery.read(side, params, states);
            StatsTable table = stats.table(query, Integer.MAX_VALUE);
            Chart chart = new Chart("map", MapQuery.title(side, q, filters), description(table), table,
                    StatsUrls.csv(q, filters, query.by().id(), query.then().id()));
            Templates.html(ctx, "analytics/map.jte", new MapPage(q, filters, side, null, null, new WorldMap(side, chart)));
        } catch (StatsException e) {
            ctx.status(400);
            Templates.html(ctx, "analytics/map.jte", new MapPage(q, filters, side, e.getMessage(), e.field() == null ? "q" : e.field(), null));
        }
    }

    private void page(Context ctx) {
        Map<String, List<String>> params = StatsHttp.params(ctx);
        String q = StatsHttp.first(params, "q");
        String by = StatsHttp.first(params, "by");
        String then = StatsHttp.first(params, "then");
        Map<String, List<String>> filters = StatsHttp.filters(params);
        try {
            StatsQuery query = StatsQuery.read(params, states);
            StatsTable table = stats.table(query);
            Chart chart = new Chart("stats", title(query, q, filters), description(table), table,
                    StatsUrls.csv(q, filters, query.by().id(), query.then().id()));
            Templates.html(ctx, "analytics/stats.jte", new StatsPage(q, query.by().id(), query.then().id(), filters, null, null, chart));
        } catch (StatsException e) {
            ctx.status(400);
            Templates.html(ctx, "analytics/stats.jte", new StatsPage(q, by, then, filters, e.getMessage(),
                    e.field() == null ? "q" : e.field(), null));
        }
    }

    private static String title(StatsQuery query, String q, Map<String, List<String>> filters) {
        String by = StatsLabels.noun(query.by());
        String then = StatsLabels.noun(query.then());
        return q == null && filters.isEmpty() ? Ui.text("stats.chart.all", by, then) : Ui.text("stats.chart.matching", by, then);
    }

    static String description(StatsTable table) {
        if (table.empty()) return Ui.text("stats.description.empty");
        StatsTable.Row top = table.rows().stream().max(java.util.Comparator.comparingLong(StatsTable.Row::total)).orElseThrow();
        return Ui.text("stats.description", Ui.number(table.total()), Ui.number(table.rows().size()), StatsLabels.noun(table.by()),
                top.label(), Ui.number(top.total()), Ui.text("stats.percent", Ui.number(top.share() * 100, 1)));
    }
}
