package org.upright.cases;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.i18n.Ui;
import org.upright.common.StateCode;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.FieldProblems;
import org.upright.web.Htmx;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;
import org.upright.web.Templates;

/**
 * The pages of cases: everyone reads what their role may see; editors create, change and delete them. A form
 * with problems comes back with what was typed and each problem beside its field.
 */
public final class CaseRoutes {
    /** Where the recommendation picker's suggestions go, swapped in by htmx as the editor types. */
    static final String CHOICES = "rec-choices";
    private static final int CHOICE_COUNT = 8;

    /** Recommendations matching the words someone typed, best first; a CaseException when the words cannot be searched. */
    public interface RecommendationFinder {
        List<RecommendationId> find(String words, StateCode state, int count);
    }

    private final CaseService cases;
    private final RecommendationService recommendations;
    private final StateLookup states;
    private final RecommendationFinder finder;

    private CaseRoutes(CaseService cases, RecommendationService recommendations, StateLookup states, RecommendationFinder finder) {
        this.cases = cases;
        this.recommendations = recommendations;
        this.states = states;
        this.finder = finder;
    }

    public static void register(RoutesConfig routes, CaseService cases, RecommendationService recommendations, StateLookup states,
                                RecommendationFinder finder) {
        CaseRoutes r = new CaseRoutes(cases, recommendations, states, finder);
        routes.get("/cases", r::list);
        routes.get("/cases/new", r::blank, Require.EDITOR);
        routes.post("/cases", r::create, Require.EDITOR);
        routes.get("/cases/{id}", r::show);
        routes.get("/cases/{id}/edit", r::edit, Require.EDITOR);
        routes.post("/cases/{id}", r::update, Require.EDITOR);
        routes.get("/cases/{id}/delete", r::confirmDelete, Require.EDITOR);
        routes.post("/cases/{id}/delete", r::delete, Require.EDITOR);
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

    /** The case; {@code ?find=words} lists recommendations to link (the picker without JavaScript, and its htmx fragment). */
    private void show(Context ctx) {
        CasePage page = page(ctx);
        String words = Params.text(ctx, "find").orElse("");
        if (!words.isEmpty() && Auth.viewer(ctx).can(org.upright.common.Role.EDITOR)) {
            try {
                page = page.choosing(words, choices(words, page.item().state()));
            } catch (CaseException e) {
                page = page.with(FieldProblems.of("link", Map.of("find", words), e.problems())).choosing(words, List.of());
            }
        }
        if (Htmx.wantsFragment(ctx) && CHOICES.equals(Htmx.target(ctx))) {
            Templates.html(ctx, "cases/choices.jte", page);
        } else {
            Templates.html(ctx, "cases/show.jte", page);
        }
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

    /** The confirm step: deleting cannot be undone on the site (the audit log keeps what the case was). */
    private void confirmDelete(Context ctx) {
        Templates.html(ctx, "cases/delete.jte", page(ctx));
    }

    private void delete(Context ctx) {
        cases.delete(Auth.viewer(ctx), visible(ctx).id());
        ctx.redirect("/cases", HttpStatus.SEE_OTHER);
    }

    private void addEvent(Context ctx) {
        CaseId id = visible(ctx).id();
        String date = ctx.formParam("date"), text = ctx.formParam("text");
        answer(ctx, "event", Map.of("date", orEmpty(date), "text", orEmpty(text)), "#timeline",
                () -> cases.addEvent(Auth.viewer(ctx), id, date, text));
    }

    private void addSource(Context ctx) {
        CaseId id = visible(ctx).id();
        String name = ctx.formParam("name"), note = ctx.formParam("note"), visibility = ctx.formParam("visibility");
        answer(ctx, "source", Map.of("name", orEmpty(name), "note", orEmpty(note), "visibility", orEmpty(visibility)), "#sources",
                () -> cases.addSource(Auth.viewer(ctx), id, name, note, visibility));
    }

    /**
     * Links the recommendation chosen among the suggestions, or the one whose number or address was typed; words
     * that are neither bring the page back with the recommendations they find to choose from.
     */
    private void link(Context ctx) {
        Case c = visible(ctx);
        String chosen = orEmpty(ctx.formParam("recommendation")).strip();
        String typed = orEmpty(ctx.formParam("find")).strip();
        String number = (chosen.isEmpty() ? typed : chosen).replaceFirst("^.*/recommendations/", "");
        if (number.matches("\\d{1,18}")) {
            answer(ctx, "link", Map.of("find", typed), "#recommendations",
                    () -> cases.link(Auth.viewer(ctx), c.id(), new RecommendationId(Long.parseLong(number))));
            return;
        }
        if (!chosen.isEmpty() || typed.isEmpty()) {
            ctx.status(400);
            FieldProblems problems = FieldProblems.of("link", Map.of("find", typed), List.of(
                    "Recommendation: " + Ui.text("cases.problem.choose_recommendation")));
            Templates.html(ctx, "cases/show.jte", page(ctx).with(problems));
            return;
        }
        ctx.redirect("/cases/" + c.id() + "?find=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8)
                + "#recommendations", HttpStatus.SEE_OTHER);
    }

    /** Makes the change and goes back to the case at the anchor; on problems, the page again with the form as it was sent. */
    private void answer(Context ctx, String formName, Map<String, String> typed, String anchor, Runnable change) {
        try {
            change.run();
            ctx.redirect("/cases/" + Params.id(ctx, "case") + anchor, HttpStatus.SEE_OTHER);
        } catch (CaseException e) {
            ctx.status(400);
            Templates.html(ctx, "cases/show.jte", page(ctx).with(FieldProblems.of(formName, typed, e.problems())));
        }
    }

    private List<Recommendation> choices(String words, StateCode state) {
        return recommendations.inOrder(finder.find(words, state, CHOICE_COUNT));
    }

    private CasePage page(Context ctx) {
        CaseDetail detail = detail(ctx);
        return CasePage.of(detail, recommendations.recommendations(detail.recommendations()), states);
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

    static NotFound notFound(CaseId id) {
        return new NotFound(Ui.text("problem.no_case", String.valueOf(id)));
    }

    /** The state named by the {@code sur} parameter (a code or any name), null when none is given. */
    static StateCode state(Context ctx, StateLookup states) {
        return Params.text(ctx, "sur").map(s -> states.find(s).orElseThrow(
                () -> new BadRequest(Ui.text("problem.state_called", s, "BLR"))).code()).orElse(null);
    }

    private static String orEmpty(String s) {
        return Optional.ofNullable(s).orElse("");
    }

    private static CaseForm form(Context ctx) {
        return new CaseForm(ctx.formParam("name"), ctx.formParam("state"), ctx.formParam("status"), ctx.formParam("summary"),
                ctx.formParam("visibility"));
    }
}
