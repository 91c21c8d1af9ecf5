package org.upright.incident;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.common.StateCode;
import org.upright.i18n.Ui;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Templates;

/** Incidents as pages ({@code /incidents}) and JSON ({@code /api/v1/incidents}); each viewer sees what their role may. */
public final class IncidentRoutes {
    private final IncidentService incidents;
    private final RecommendationService recommendations;
    private final StateLookup states;

    private IncidentRoutes(IncidentService incidents, RecommendationService recommendations, StateLookup states) {
        this.incidents = incidents;
        this.recommendations = recommendations;
        this.states = states;
    }

    public static void register(RoutesConfig routes, IncidentService incidents, RecommendationService recommendations, StateLookup states) {
        IncidentRoutes r = new IncidentRoutes(incidents, recommendations, states);
        routes.get("/incidents", r::list);
        routes.get("/incidents/{id}", r::show);
        routes.get("/api/v1/incidents", r::listJson);
        routes.get("/api/v1/incidents/{id}", r::oneJson);
    }

    private void list(Context ctx) {
        StateCode state = state(ctx);
        Templates.html(ctx, "incident/list.jte", IncidentsPage.of(incidents.find(Auth.viewer(ctx), state, 500),
                state == null ? null : states.ref(state), states));
    }

    private void show(Context ctx) {
        Incident i = visible(ctx);
        List<IncidentsPage.Linked> linked = incidents.recommendations(i.id()).stream()
                .map(l -> new IncidentsPage.Linked(l.recommendation(), recommendations.recommendation(new RecommendationId(l.recommendation()))
                        .map(r -> r.text()).orElse(""), l.score())).toList();
        Templates.html(ctx, "incident/show.jte", new IncidentsPage.One(IncidentsPage.row(i, states), linked));
    }

    private void listJson(Context ctx) {
        List<Incident> found = incidents.find(Auth.viewer(ctx), state(ctx), 500);
        ctx.json(Map.of("total", found.size(), "items", found.stream().map(this::json).toList()));
    }

    private void oneJson(Context ctx) {
        Incident i = visible(ctx);
        Map<String, Object> body = json(i);
        body.put("recommendations", incidents.recommendations(i.id()).stream()
                .map(l -> Map.of("id", l.recommendation(), "score", l.score())).toList());
        ctx.json(body);
    }

    private Map<String, Object> json(Incident i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id().value());
        m.put("kind", i.kind());
        m.put("date", i.dateFrom());
        m.put("until", i.dateTo());
        m.put("precision", i.precision());
        m.put("place", i.place());
        m.put("what", i.what());
        m.put("count_text", i.countText());
        m.put("count_min", i.countMin());
        m.put("count_max", i.countMax());
        m.put("state", i.state() == null ? null : i.state().value());
        m.put("sources", List.of("/documents/" + i.document()));
        m.put("visibility", i.visibility().id());
        m.put("url", "/incidents/" + i.id());
        return m;
    }

    private Incident visible(Context ctx) {
        IncidentId id = new IncidentId(Params.id(ctx, "incident"));
        return incidents.find(Auth.viewer(ctx), id).orElseThrow(() -> new NotFound(Ui.text("problem.no_incident", String.valueOf(id))));
    }

    private StateCode state(Context ctx) {
        return Params.text(ctx, "sur").map(s -> states.find(s).orElseThrow(
                () -> new BadRequest(Ui.text("problem.state_called", s, "KAZ"))).code()).orElse(null);
    }
}
