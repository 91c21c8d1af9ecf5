package org.upright.analytics;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.search.Facet;
import org.upright.state.State;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Templates;

/** A state's advocacy brief (page, Word, PDF, JSON) and its who-to-lobby page. */
public final class BriefRoutes {
    private static final int LOBBYING_PAGE = 15;

    private final BriefService briefs;
    private final LobbyingService lobbying;
    private final StatsService stats;
    private final StateLookup states;

    private BriefRoutes(BriefService briefs, LobbyingService lobbying, StatsService stats, StateLookup states) {
        this.briefs = briefs;
        this.lobbying = lobbying;
        this.stats = stats;
        this.states = states;
    }

    public static void register(RoutesConfig routes, BriefService briefs, LobbyingService lobbying, StatsService stats,
                                StateLookup states) {
        BriefRoutes r = new BriefRoutes(briefs, lobbying, stats, states);
        routes.get("/states/{code}/brief", ctx -> Templates.html(ctx, "analytics/brief.jte", r.brief(ctx)));
        routes.get("/states/{code}/brief.docx", ctx -> r.download(ctx, "docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", BriefDocx.of(r.brief(ctx))));
        routes.get("/states/{code}/brief.pdf", ctx -> r.download(ctx, "pdf", "application/pdf", BriefPdf.of(r.brief(ctx))));
        routes.get("/states/{code}/lobbying", r::lobbyingPage);
        routes.get("/api/v1/states/{code}/brief", ctx -> ctx.json(r.brief(ctx)));
    }

    private Brief brief(Context ctx) {
        return briefs.brief(state(ctx), Auth.viewer(ctx));
    }

    private void download(Context ctx, String extension, String type, byte[] body) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"upright-brief-" + ctx.pathParam("code") + "." + extension + "\"");
        ctx.result(body);
    }

    private void lobbyingPage(Context ctx) {
        State state = state(ctx);
        String issue = Params.text(ctx, "issue").orElse(null);
        String q = Params.text(ctx, "q").orElse(null);
        List<String> issues = issues();
        LobbyingService.Ranking ranking = null;
        String problem = null;
        String field = null;
        if (issue != null || q != null) {
            try {
                ranking = lobbying.rank(new LobbyingQuery(state.code(), issue, q, List.of(), LOBBYING_PAGE));
            } catch (StatsException e) {
                problem = e.getMessage();
                field = e.field() == null ? "q" : e.field();
                ctx.status(400);
            }
        }
        Templates.html(ctx, "analytics/lobbying.jte", new LobbyingPage(state.code().value(), state.name(), issue, q, issues,
                problem, field, ranking));
    }

    /** Every issue in use, for the form's suggestions. */
    private List<String> issues() {
        return stats.table(new StatsQuery(org.upright.search.SearchRequest.of(""), Facet.ISSUE, Facet.RESPONSE), Integer.MAX_VALUE)
                .rows().stream().map(StatsTable.Row::value).sorted().toList();
    }

    private State state(Context ctx) {
        String asked = ctx.pathParam("code");
        return states.find(asked).orElseThrow(() -> new NotFound(Ui.text("record.not_found.state", asked)));
    }
}
