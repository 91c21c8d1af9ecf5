package org.upright.state;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.upright.analytics.ChartSection;
import org.upright.web.Htmx;
import org.upright.web.LanguageChoice;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Templates;

/** The list of states and the page of each; a state's page also answers to any of its names. */
public final class StateRoutes {
    private final StateLookup states;
    private final StatePages pages;
    private final Function<State, ChartSection> charts;

    private StateRoutes(StateLookup states, StatePages pages, Function<State, ChartSection> charts) {
        this.states = states;
        this.pages = pages;
        this.charts = charts;
    }

    /** @param charts the charts section a state's page shows */
    public static void register(RoutesConfig routes, StateLookup states, StatePages pages, Function<State, ChartSection> charts) {
        StateRoutes r = new StateRoutes(states, pages, charts);
        routes.get("/states", r::list);
        routes.get("/states/{code}", r::show);
    }

    private void list(Context ctx) {
        boolean byName = "name".equals(ctx.queryParam("order"));
        Templates.html(ctx, "state/list.jte", pages.all(byName, LanguageChoice.of(ctx)));
    }

    private void show(Context ctx) {
        String asked = ctx.pathParam("code");
        State state = states.find(asked).orElseThrow(() -> new NotFound(
                "No state is known by the code or name '" + asked + "'."));
        if (!asked.equals(state.code().value())) {
            String query = ctx.queryString();
            ctx.redirect("/states/" + state.code() + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        int received = Params.pageNumber(ctx, "received");
        int made = Params.pageNumber(ctx, "made");
        if (Htmx.wantsFragment(ctx)) {
            Templates.html(ctx, "recommendation/list.jte", pages.list(state, Htmx.target(ctx), received, made));
        } else {
            Map<String, Object> params = new HashMap<>();
            params.put("page", pages.page(state, received, made));
            params.put("charts", charts.apply(state));
            Templates.html(ctx, "state/show.jte", params);
        }
    }
}
