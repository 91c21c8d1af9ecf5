package org.upright.state;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.upright.common.Language;
import org.upright.web.NotFound;

/** /api/v1/states: every state with its counts, and one state with its names, responses and reviews. */
public final class StateApiRoutes {
    private final StateLookup states;
    private final StatePages pages;

    private StateApiRoutes(StateLookup states, StatePages pages) {
        this.states = states;
        this.pages = pages;
    }

    public static void register(RoutesConfig routes, StateLookup states, StatePages pages) {
        StateApiRoutes r = new StateApiRoutes(states, pages);
        routes.get("/api/v1/states", r::list);
        routes.get("/api/v1/states/{code}", r::one);
    }

    /** Every state, by name; there are under two hundred, so the list is not paged. */
    private void list(Context ctx) {
        List<StateJson> items = pages.all(true, Language.EN).groups().getFirst().states().stream()
                .map(row -> StateJson.of(row.state(), row.received(), row.made()))
                .toList();
        ctx.json(new StateJson.Listing(items.size(), items));
    }

    /** One state by code or by any of its names, answered directly rather than redirected. */
    private void one(Context ctx) {
        String asked = ctx.pathParam("code");
        State state = states.find(asked).orElseThrow(() -> new NotFound("No state is known by the code or name '"
                + asked + "'. GET /api/v1/states lists every state."));
        ctx.json(StateJson.of(pages.page(state, 1, 1), states.directory().namesOf(state.code())));
    }
}
