package org.upright.analytics;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.upright.common.Language;
import org.upright.i18n.Ui;
import org.upright.state.State;
import org.upright.state.StateLookup;
import org.upright.web.BadRequest;
import org.upright.web.NotFound;
import org.upright.web.Params;

/** /api/v1/stats (a table as JSON or CSV) and /api/v1/states/{code}/lobbying (who to lobby on a topic). */
public final class StatsApiRoutes {
    private static final int DEFAULT_LOBBYING = 20;

    private final StatsService stats;
    private final LobbyingService lobbying;
    private final StateLookup states;

    private StatsApiRoutes(StatsService stats, LobbyingService lobbying, StateLookup states) {
        this.stats = stats;
        this.lobbying = lobbying;
        this.states = states;
    }

    public static void register(RoutesConfig routes, StatsService stats, LobbyingService lobbying, StateLookup states) {
        StatsApiRoutes r = new StatsApiRoutes(stats, lobbying, states);
        routes.get("/api/v1/stats", r::stats);
        routes.get("/api/v1/stats/network", r::network);
        routes.get("/api/v1/states/{code}/lobbying", r::lobbying);
    }

    private void stats(Context ctx) {
        Map<String, List<String>> params = StatsHttp.params(ctx);
        String format = StatsHttp.first(params, "format");
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw new BadRequest(Ui.text("stats.problem.format", format));
        }
        try {
            StatsQuery query = StatsQuery.read(params, states);
            if ("csv".equals(format)) {
                StatsTable all = english(() -> stats.table(query, Integer.MAX_VALUE));
                ctx.contentType("text/csv; charset=utf-8");
                ctx.header("Content-Disposition", "attachment; filename=\"upright-stats-" + query.by().id() + "-"
                        + query.then().id() + ".csv\"");
                ctx.result(StatsCsv.of(all));
            } else {
                ctx.json(StatsJson.of(english(() -> stats.table(query))));
            }
        } catch (StatsException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /** Who recommends to whom: nodes and weighted edges as JSON, or the edges as CSV. */
    private void network(Context ctx) {
        Map<String, List<String>> params = StatsHttp.params(ctx);
        String format = StatsHttp.first(params, "format");
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw new BadRequest(Ui.text("stats.problem.format", format));
        }
        for (String control : List.of("by", "then")) {
            if (params.containsKey(control)) throw new BadRequest(Ui.text("stats.problem.network_control", control));
        }
        try {
            boolean csv = "csv".equals(format);
            Network network = english(() -> stats.network(StatsQuery.read(params, states).search(), csv ? Integer.MAX_VALUE : Network.MAX_EDGES));
            if (csv) {
                ctx.contentType("text/csv; charset=utf-8");
                ctx.header("Content-Disposition", "attachment; filename=\"upright-network.csv\"");
                ctx.result(StatsCsv.of(network));
            } else {
                ctx.json(Map.of("total", network.total(), "nodes", network.nodes(), "edges", network.edges(),
                        "hidden_edges", network.hiddenEdges(), "notes", network.notes()));
            }
        } catch (StatsException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private void lobbying(Context ctx) {
        State state = state(ctx);
        int size = Params.integer(ctx, "size").orElse(DEFAULT_LOBBYING);
        try {
            LobbyingService.Ranking ranking = lobbying.rank(new LobbyingQuery(state.code(),
                    Params.text(ctx, "issue").orElse(null), Params.text(ctx, "q").orElse(null), List.of(), size));
            ctx.json(Map.of("state", state.code().value(), "topic", ranking.topic(), "items", ranking.items(),
                    "notes", ranking.notes()));
        } catch (StatsException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /** The API's labels, CSV headers and notes stay English whatever the reader's language: scripts read them. */
    private static <T> T english(java.util.function.Supplier<T> work) {
        return Ui.in(Language.EN, work);
    }

    private State state(Context ctx) {
        String asked = ctx.pathParam("code");
        return states.find(asked).orElseThrow(() -> new NotFound(Ui.text("problem.no_state_known_api", asked)));
    }
}
