package org.upright.followup;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.recommendation.RecommendationId;
import org.upright.review.ReviewId;
import org.upright.state.State;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;
import org.upright.web.Auth;
import org.upright.web.Htmx;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;
import org.upright.web.Templates;

/** The follow-up pages: a recommendation's assessments, an editor's forms, the overdue list and a state's scorecard. */
public final class FollowUpRoutes {
    private final FollowUpService followUp;
    private final StateLookup states;

    private FollowUpRoutes(FollowUpService followUp, StateLookup states) {
        this.followUp = followUp;
        this.states = states;
    }

    public static void register(RoutesConfig routes, FollowUpService followUp, StateLookup states) {
        FollowUpRoutes r = new FollowUpRoutes(followUp, states);
        routes.get("/recommendations/{id}/follow-up", r::show);
        routes.post("/recommendations/{id}/assessments", r::add, Require.EDITOR);
        routes.get("/assessments/{id}/edit", r::edit, Require.EDITOR);
        routes.post("/assessments/{id}", r::update, Require.EDITOR);
        routes.post("/recommendations/{id}/due", r::dueOfRecommendation, Require.EDITOR);
        routes.post("/reviews/{id}/due", r::dueOfReview, Require.EDITOR);
        routes.get("/follow-up/overdue", r::overdue, Require.RESEARCHER);
        routes.get("/states/{code}/scorecard", r::scorecard);
    }

    /** The whole page, or only the section when the recommendation page loads it with htmx. */
    private void show(Context ctx) {
        render(ctx, page(ctx, recommendation(ctx), AssessmentForm.empty(), List.of(), null, null));
    }

    private void add(Context ctx) {
        RecommendationId id = recommendation(ctx);
        AssessmentForm form = form(ctx);
        try {
            followUp.add(Auth.viewer(ctx), id, form);
            ctx.redirect("/recommendations/" + id + "#follow-up", HttpStatus.SEE_OTHER);
        } catch (FollowUpException e) {
            ctx.status(400);
            render(ctx, page(ctx, id, form, e.problems(), null, null));
        }
    }

    private void edit(Context ctx) {
        Assessment a = assessment(ctx);
        render(ctx, page(ctx, a.recommendation(), AssessmentForm.of(a), List.of(), a.id(), null));
    }

    private void update(Context ctx) {
        Assessment a = assessment(ctx);
        AssessmentForm form = form(ctx);
        try {
            followUp.update(Auth.viewer(ctx), a.id(), form);
            ctx.redirect("/recommendations/" + a.recommendation() + "#follow-up", HttpStatus.SEE_OTHER);
        } catch (FollowUpException e) {
            ctx.status(400);
            render(ctx, page(ctx, a.recommendation(), form, e.problems(), a.id(), null));
        }
    }

    private void dueOfRecommendation(Context ctx) {
        RecommendationId id = recommendation(ctx);
        due(ctx, id, () -> followUp.setDue(Auth.viewer(ctx), id, ctx.formParam("due_on"), ctx.formParam("note")));
    }

    /**
     * A due date for every recommendation of a review, set from one of its recommendations' follow-up ({@code from}):
     * back there after, or with the problem beside the field.
     */
    private void dueOfReview(Context ctx) {
        ReviewId id = new ReviewId(Params.id(ctx, "review"));
        String from = java.util.Optional.ofNullable(ctx.formParam("from")).orElse("");
        Runnable set = () -> followUp.setDue(Auth.viewer(ctx), id, ctx.formParam("due_on"), ctx.formParam("note"));
        if (from.matches("\\d{1,18}")) {
            due(ctx, new RecommendationId(Long.parseLong(from)), set);
        } else {
            set.run();
            ctx.redirect("/reviews/" + id, HttpStatus.SEE_OTHER);
        }
    }

    /** Sets a due date, then back to the recommendation's follow-up; a mistake is shown beside the due-date field. */
    private void due(Context ctx, RecommendationId back, Runnable set) {
        try {
            set.run();
            ctx.redirect("/recommendations/" + back + "#follow-up", HttpStatus.SEE_OTHER);
        } catch (FollowUpException e) {
            ctx.status(400);
            render(ctx, page(ctx, back, AssessmentForm.empty(), List.of(), null, e.getMessage()));
        }
    }

    private void overdue(Context ctx) {
        Templates.html(ctx, "followup/overdue.jte", new OverduePage(followUp.overdue(Auth.viewer(ctx), 500)));
    }

    private void scorecard(Context ctx) {
        String asked = ctx.pathParam("code");
        State state = states.find(asked).orElseThrow(() -> new NotFound(Ui.text("record.not_found.state", asked)));
        Templates.html(ctx, "followup/scorecard.jte", new ScorecardPage(StateRef.of(state), followUp.scorecard(Auth.viewer(ctx), state.code())));
    }

    private FollowUpPage page(Context ctx, RecommendationId id, AssessmentForm form, List<String> problems, Long editing, String dueProblem) {
        FollowUp f = followUp.followUp(Auth.viewer(ctx), id).orElseThrow(() -> FollowUpApiRoutes.notFound(id));
        return new FollowUpPage(f, states.ref(f.recommendation().stateUnderReview()), form, FollowUpPage.byField(problems),
                editing, dueProblem);
    }

    private static void render(Context ctx, FollowUpPage page) {
        Templates.html(ctx, Htmx.wantsFragment(ctx) ? "followup/section.jte" : "followup/page.jte", page);
    }

    private static RecommendationId recommendation(Context ctx) {
        return new RecommendationId(Params.id(ctx, "recommendation"));
    }

    private Assessment assessment(Context ctx) {
        long id = Params.id(ctx, "assessment");
        return followUp.assessment(Auth.viewer(ctx), id).orElseThrow(() -> new NotFound(Ui.text("record.not_found.assessment", id)));
    }

    static AssessmentForm form(Context ctx) {
        return new AssessmentForm(ctx.formParam("date"), ctx.formParam("status"), ctx.formParam("source_kind"),
                ctx.formParam("source_name"), ctx.formParam("source_wording"), ctx.formParam("evidence_url"),
                ctx.formParam("evidence_passage"), ctx.formParam("document_id"), ctx.formParam("note"), ctx.formParam("visibility"));
    }

    /** The overdue list. */
    public record OverduePage(List<Due> items) {
    }

    /** A state's scorecard page. */
    public record ScorecardPage(StateRef state, Scorecard card) {
        public List<String> kindsSeen(Scorecard.CycleLine line) {
            return line.status().keySet().stream().map(SourceKind::label).toList();
        }

        public Map<ImplementationStatus, Long> counts(Scorecard.CycleLine line, SourceKind kind) {
            return line.status().getOrDefault(kind, Map.of());
        }
    }
}
