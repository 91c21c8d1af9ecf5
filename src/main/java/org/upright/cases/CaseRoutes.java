package org.upright.cases;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.upright.common.StateCode;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;
import org.upright.web.Templates;

/** The pages of cases: everyone reads what their role may see; editors create and change them. */
public final class CaseRoutes {
    private final CaseService cases;
    private final RecommendationService recommendations;
    private final StateLookup states;

    private CaseRoutes(CaseService cases, RecommendationService recommendations, StateLookup states) {
        this.cases = cases;
        this.recommendations = recommendations;
        this.states = states;
    }

    public static void register(RoutesConfig routes, CaseService cases, RecommendationService recommendations, StateLookup states) {
        CaseRoutes r = new CaseRoutes(cases, recommendations, states);
        routes.get("/cases", r::list);
        routes.get("/cases/new", r::blank, Require.EDITOR);
        routes.post("/cases", r::create, Require.EDITOR);
        routes.get("/cases/{id}", r::show);
        routes.get("/cases/{id}/edit", r::edit, Require.EDITOR);
        routes.post("/cases/{id}", r::update, Require.EDITOR);
        routes.post("/cases/{id}/events", r::addEvent, Require.EDITOR);
        routes.post("/cases/{id}/sources", r::addSource, Require.EDITOR);
        routes.post("/cases/{id}/recommendations", r::link, Require.EDITOR);
    }

    private void list(Context ctx) {
        StateCode state = state(ctx, states);
        String q = Params.text(ctx, "q").orElse("");
        List<Case> found = cases.find(Auth.viewer(ctx), state, q, 200);
        Templates.html(ctx, "cases/list.jte", CasesPage.of(found, q, state == null ? null : states.ref(state), states));
    }

    private void show(Context ctx) {
        CaseDetail detail = detail(ctx);
        List<Recommendation> linked = recommendations.recommendations(detail.recommendations());
        Templates.html(ctx, "cases/show.jte", CasePage.of(detail, linked, states));
    }

    private void blank(Context ctx) {
        Templates.html(ctx, "cases/form.jte", CaseFormPage.blank(states));
    }

    private void create(Context ctx) {
        CaseForm form = form(ctx);
        try {
            ctx.redirect("/cases/" + cases.create(Auth.viewer(ctx), form), HttpStatus.SEE_OTHER);
        } catch (CaseException e) {
            ctx.status(400);
            Templates.html(ctx, "cases/form.jte", CaseFormPage.of(null, form, e.problems(), states));
        }
    }

    private void edit(Context ctx) {
        Case c = visible(ctx);
        CaseForm form = new CaseForm(c.name(), c.state().value(), c.status(), c.summary(), c.visibility().id());
        Templates.html(ctx, "cases/form.jte", CaseFormPage.of(c.id(), form, List.of(), states));
    }

    private void update(Context ctx) {
        CaseId id = visible(ctx).id();
        CaseForm form = form(ctx);
        try {
            cases.update(Auth.viewer(ctx), id, form);
            ctx.redirect("/cases/" + id, HttpStatus.SEE_OTHER);
        } catch (CaseException e) {
            ctx.status(400);
            Templates.html(ctx, "cases/form.jte", CaseFormPage.of(id, form, e.problems(), states));
        }
    }

    private void addEvent(Context ctx) {
        CaseId id = visible(ctx).id();
        cases.addEvent(Auth.viewer(ctx), id, ctx.formParam("date"), ctx.formParam("text"));
        ctx.redirect("/cases/" + id + "#timeline", HttpStatus.SEE_OTHER);
    }

    private void addSource(Context ctx) {
        CaseId id = visible(ctx).id();
        cases.addSource(Auth.viewer(ctx), id, ctx.formParam("name"), ctx.formParam("note"), ctx.formParam("visibility"));
        ctx.redirect("/cases/" + id + "#sources", HttpStatus.SEE_OTHER);
    }

    private void link(Context ctx) {
        CaseId id = visible(ctx).id();
        String typed = Optional.ofNullable(ctx.formParam("recommendation")).orElse("").strip().replaceFirst("^.*/recommendations/", "");
        if (!typed.matches("\\d{1,18}")) {
            throw new CaseException(List.of("Recommendation: give its number or its address, such as /recommendations/42."));
        }
        cases.link(Auth.viewer(ctx), id, new RecommendationId(Long.parseLong(typed)));
        ctx.redirect("/cases/" + id + "#recommendations", HttpStatus.SEE_OTHER);
    }

    /** The case in the path, when the viewer may see it; otherwise 404, so a private case's existence is not told. */
    private CaseDetail detail(Context ctx) {
        CaseId id = new CaseId(Params.id(ctx, "case"));
        return cases.detail(Auth.viewer(ctx), id).orElseThrow(() -> notFound(id));
    }

    /** The same check without reading the timeline, sources and links: for the forms that change a case. */
    private Case visible(Context ctx) {
        CaseId id = new CaseId(Params.id(ctx, "case"));
        return cases.find(Auth.viewer(ctx), id).orElseThrow(() -> notFound(id));
    }

    private static NotFound notFound(CaseId id) {
        return new NotFound("No case has the number " + id + ".");
    }

    /** The state named by the {@code sur} parameter (a code or any name), null when none is given. */
    static StateCode state(Context ctx, StateLookup states) {
        return Params.text(ctx, "sur").map(s -> states.find(s).orElseThrow(
                () -> new BadRequest("No state is called \"" + s + "\"; use a name or an ISO code such as BLR.")).code()).orElse(null);
    }

    private static CaseForm form(Context ctx) {
        return new CaseForm(ctx.formParam("name"), ctx.formParam("state"), ctx.formParam("status"), ctx.formParam("summary"),
                ctx.formParam("visibility"));
    }
}
