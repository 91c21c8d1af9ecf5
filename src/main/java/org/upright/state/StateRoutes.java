package org.upright.state;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.upright.analytics.ChartSection;
import org.upright.common.Mention;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
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
    private final BiFunction<Viewer, StateCode, List<Mention>> cases;

    private StateRoutes(StateLookup states, StatePages pages, Function<State, ChartSection> charts,
                        BiFunction<Viewer, StateCode, List<Mention>> cases) {
        this.states = states;
        this.pages = pages;
        this.charts = charts;
        this.cases = cases;
    }

    /**
     * @param charts the charts section a state's page shows
     * @param cases  the cases about the state or bearing on its recommendations that the viewer may see
     */
    public static void register(RoutesConfig routes, StateLookup states, StatePages pages, Function<State, ChartSection> charts,
                                BiFunction<Viewer, StateCode, List<Mention>> cases) {
        StateRoutes r = new StateRoutes(states, pages, charts, cases);
        routes.get("/states", r::list);
        routes.get("/states/{code}", r::show);
    }

    private void list(Context ctx) {
        boolean byName = "name".equals(ctx.queryParam("order"));
        Templates.html(ctx, "state/list.jte", pages.all(byName, LanguageChoice.of(ctx)));
    }

    private void show(Context ctx) {
        String asked = ctx.pathParam("code");
        State state = states.find(asked).orElseThrow(() -> new NotFound(Ui.text("record.not_found.state", asked)));
        if (!asked.equals(state.code().value())) {
            String query = ctx.queryString();
            ctx.redirect("/states/" + state.code() + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        ListFilter received = filter(ctx, "received"), made = filter(ctx, "made");
        if (Htmx.wantsFragment(ctx)) {
            boolean madeAsked = Htmx.target(ctx).equals("made");
            Templates.html(ctx, "recommendation/list.jte", pages.list(state, madeAsked ? made : received, madeAsked ? received : made).list());
        } else {
            Map<String, Object> params = new HashMap<>();
            params.put("page", pages.page(state, received, made));
            params.put("charts", charts.apply(state));
            params.put("cases", cases.apply(Auth.viewer(ctx), state.code()));
            Templates.html(ctx, "state/show.jte", params);
        }
    }

    /** One list's filter from the query: {@code cycle}, {@code issue}, {@code response} (prefixed {@code made_} for the made list). */
    private static ListFilter filter(Context ctx, String list) {
        ListFilter names = ListFilter.first(list);
        String cycleParam = names.param("cycle");
        Integer cycle = Params.integer(ctx, cycleParam).orElse(null);
        if (cycle != null && (cycle < 1 || cycle > 9)) {
            throw new BadRequest(cycleParam + " is a UPR cycle, 1 to 4 so far, not " + cycle + ".");
        }
        String issue = Params.text(ctx, names.param("issue")).orElse(null);
        String response = Params.text(ctx, names.param("response")).map(r -> r.toLowerCase(java.util.Locale.ROOT)).orElse(null);
        if (response != null && !ListFilter.RESPONSES.contains(response)) {
            throw new BadRequest(names.param("response") + " is one of " + String.join(", ", ListFilter.RESPONSES) + ", not '" + response + "'.");
        }
        return new ListFilter(list, cycle, issue, response, Params.pageNumber(ctx, list));
    }
}
