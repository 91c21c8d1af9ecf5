package org.upright.cases;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.common.StateCode;
import org.upright.i18n.Ui;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;

/** {@code /api/v1/cases}: the cases the caller may see (a researcher's API token shows private ones too). */
public final class CaseApiRoutes {
    private final CaseService cases;
    private final StateLookup states;

    private CaseApiRoutes(CaseService cases, StateLookup states) {
        this.cases = cases;
        this.states = states;
    }

    public static void register(RoutesConfig routes, CaseService cases, StateLookup states) {
        CaseApiRoutes r = new CaseApiRoutes(cases, states);
        routes.get("/api/v1/cases", r::list);
        routes.get("/api/v1/cases/{id}", r::one);
        routes.delete("/api/v1/cases/{id}", r::delete, Require.EDITOR);
    }

    private void list(Context ctx) {
        StateCode state = CaseRoutes.state(ctx, states);
        List<Case> found = cases.find(Auth.viewer(ctx), state, Params.text(ctx, "q").orElse(""), 500);
        ctx.json(Map.of("total", found.size(), "items", found.stream().map(CaseApiRoutes::json).toList()));
    }

    private void one(Context ctx) {
        CaseId id = new CaseId(Params.id(ctx, "case"));
        CaseDetail d = cases.detail(Auth.viewer(ctx), id).orElseThrow(() -> new NotFound(Ui.text("problem.no_case", String.valueOf(id))));
        Map<String, Object> body = json(d.item());
        body.put("timeline", d.timeline().stream().map(e -> Map.of("date", e.happenedOn(), "text", e.text())).toList());
        body.put("sources", d.sources().stream().map(s -> Map.of("name", s.name(), "note", s.note(), "visibility", s.visibility().id())).toList());
        body.put("recommendations", d.recommendations().stream().map(r -> r.value()).toList());
        ctx.json(body);
    }

    /** Deletes a case the caller may see (an editor's token); 204 with no body, 404 for one it may not see. */
    private void delete(Context ctx) {
        CaseId id = new CaseId(Params.id(ctx, "case"));
        cases.find(Auth.viewer(ctx), id).orElseThrow(() -> CaseRoutes.notFound(id));
        cases.delete(Auth.viewer(ctx), id);
        ctx.status(204);
    }

    private static Map<String, Object> json(Case c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().value());
        m.put("name", c.name());
        m.put("state", c.state().value());
        m.put("status", c.status());
        m.put("summary", c.summary());
        m.put("visibility", c.visibility().id());
        m.put("updated_at", c.updatedAt());
        m.put("url", "/cases/" + c.id());
        return m;
    }
}
