package org.upright.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.upright.i18n.Ui;

/** Every error answer: an HTML page for people, {"error": {…}} under /api/; never a stack trace. */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(NotFound.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        routes.exception(BadRequest.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(org.upright.common.UserMistake.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(org.upright.common.NotAllowed.class, (e, ctx) -> answer(ctx, 403, e.getMessage()));
        routes.exception(EndpointNotFound.class, (e, ctx) -> answer(ctx, 404,
                Ui.text("problem.nothing_at", ctx.path())));
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, Ui.text("problem.server"));
        });
    }

    /** An error answer with this status and message: JSON under /api/, the error page elsewhere. */
    static void answer(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(ApiError.of(status, message));
        } else {
            Templates.html(ctx, "layout/error.jte", new ErrorPage(status, heading(status), message));
        }
    }

    static String heading(int status) {
        return switch (status) {
            case 400 -> Ui.text("problem.heading.400");
            case 401 -> Ui.text("problem.heading.401");
            case 403, 405 -> Ui.text("problem.heading.403");
            case 404 -> Ui.text("problem.heading.404");
            case 414 -> Ui.text("problem.heading.414");
            case 431 -> Ui.text("problem.heading.431");
            // the status is a code, not a quantity: passed as text so it keeps its Latin digits in every language
            default -> status >= 500 ? Ui.text("problem.heading.500") : Ui.text("problem.heading.other", String.valueOf(status));
        };
    }
}
