package org.upright.followup;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.upright.i18n.Ui;
import org.upright.recommendation.RecommendationId;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.Htmx;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;
import org.upright.web.Templates;

/** A recommendation's repeats across cycles, and an editor confirming or rejecting a link. */
public final class RepeatRoutes {
    private final RepeatService repeats;
    private final StateLookup states;

    private RepeatRoutes(RepeatService repeats, StateLookup states) {
        this.repeats = repeats;
        this.states = states;
    }

    public static void register(RoutesConfig routes, RepeatService repeats, StateLookup states) {
        RepeatRoutes r = new RepeatRoutes(repeats, states);
        routes.get("/recommendations/{id}/repeats", r::show);
        // {id} repeats the earlier recommendation {item}
        routes.post("/recommendations/{id}/repeats/{item}", r::decide, Require.EDITOR);
    }

    /** The whole page, or only the section when the recommendation page loads it with htmx. */
    private void show(Context ctx) {
        render(ctx, page(ctx, new RecommendationId(Params.id(ctx, "recommendation")), null));
    }

    /** Back to the page the decision was made on ({@code from}), or with the problem beside the links. */
    private void decide(Context ctx) {
        RecommendationId later = new RecommendationId(Params.id(ctx, "recommendation"));
        RecommendationId earlier = new RecommendationId(Params.pathNumber(ctx, "item", "earlier recommendation id"));
        String from = Optional.ofNullable(ctx.formParam("from")).filter(f -> f.matches("\\d{1,18}")).orElse(later.toString());
        RecommendationId back = new RecommendationId(Long.parseLong(from));
        if (repeats.link(later, earlier).isEmpty()) throw noLink(later, earlier);
        try {
            repeats.decide(Auth.viewer(ctx), later, earlier, ctx.formParam("decision"));
            ctx.redirect("/recommendations/" + back + "#repeats", HttpStatus.SEE_OTHER);
        } catch (FollowUpException e) {
            ctx.status(400);
            render(ctx, page(ctx, back, e.getMessage()));
        }
    }

    static NotFound noLink(RecommendationId later, RecommendationId earlier) {
        return new NotFound(Ui.text("problem.no_link", String.valueOf(later), String.valueOf(earlier)));
    }

    private RepeatsPage page(Context ctx, RecommendationId id, String problem) {
        Repeats found = repeats.repeats(Auth.viewer(ctx), id).orElseThrow(() -> new NotFound(Ui.text("record.not_found.recommendation", id)));
        return new RepeatsPage(found, states.ref(found.state()), found.text(), problem);
    }

    private static void render(Context ctx, RepeatsPage page) {
        Templates.html(ctx, Htmx.wantsFragment(ctx) ? "followup/repeats-section.jte" : "followup/repeats.jte", page);
    }
}
