package org.upright.newsletter;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.web.Auth;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;
import org.upright.web.Templates;

/** The editors' pages of newsletters (write, preview, test, send, delivery status) and the public archive. */
public final class NewsletterRoutes {
    private final NewsletterService newsletters;

    private NewsletterRoutes(NewsletterService newsletters) {
        this.newsletters = newsletters;
    }

    public static void register(RoutesConfig routes, NewsletterService newsletters) {
        NewsletterRoutes r = new NewsletterRoutes(newsletters);
        // the archive first: /newsletters/archive must not be read as the issue at the address "archive"
        routes.get("/newsletters/archive", r::archive);
        routes.get("/newsletters/archive/{id}", r::archived);
        routes.get("/newsletters", r::list, Require.EDITOR);
        routes.get("/newsletters/new", r::blank, Require.EDITOR);
        routes.post("/newsletters", r::create, Require.EDITOR);
        routes.get("/newsletters/{id}", r::show, Require.EDITOR);
        routes.post("/newsletters/{id}", r::update, Require.EDITOR);
        routes.get("/newsletters/{id}/preview", r::preview, Require.EDITOR);
        routes.post("/newsletters/{id}/test", r::test, Require.EDITOR);
        routes.post("/newsletters/{id}/send", r::send, Require.EDITOR);
        routes.get("/newsletters/{id}/deliveries", r::deliveries, Require.EDITOR);
    }

    private void list(Context ctx) {
        Templates.html(ctx, "newsletter/list.jte", new NewslettersPage(newsletters.all(Auth.viewer(ctx)), false));
    }

    private void archive(Context ctx) {
        Templates.html(ctx, "newsletter/list.jte", new NewslettersPage(newsletters.archive(), true));
    }

    private void archived(Context ctx) {
        long id = Params.id(ctx, "newsletter");
        Newsletter n = newsletters.archived(id).orElseThrow(() -> new NotFound(Ui.text("newsletter.problem.missing", id)));
        Templates.html(ctx, "newsletter/archived.jte", new ArchivedPage(n, NewsletterMails.html(n.body())));
    }

    private void blank(Context ctx) {
        Templates.html(ctx, "newsletter/edit.jte", new NewsletterPage(null, NewsletterForm.blank(), Map.of(), null, newsletters.perMinute()));
    }

    private void create(Context ctx) {
        NewsletterForm form = form(ctx);
        try {
            long id = newsletters.create(Auth.viewer(ctx), form);
            ctx.redirect("/newsletters/" + id, HttpStatus.SEE_OTHER);
        } catch (NewsletterProblems e) {
            ctx.status(400);
            Templates.html(ctx, "newsletter/edit.jte", new NewsletterPage(null, form, e.problems(), null, newsletters.perMinute()));
        }
    }

    private void show(Context ctx) {
        Newsletter n = newsletter(ctx);
        String notice = ctx.queryParam("done");
        page(ctx, n, NewsletterForm.of(n), Map.of(), "test".equals(notice) ? Ui.text("newsletter.notice.test", Auth.viewer(ctx).name()) : null);
    }

    private void update(Context ctx) {
        Newsletter n = newsletter(ctx);
        NewsletterForm form = form(ctx);
        try {
            newsletters.update(Auth.viewer(ctx), n.id(), form);
            ctx.redirect(n.url(), HttpStatus.SEE_OTHER);
        } catch (NewsletterProblems e) {
            ctx.status(400);
            page(ctx, n, form, e.problems(), null);
        }
    }

    /** The mail's HTML alone, for the editor page's sandboxed frame: nothing in it may run, even if something slipped through. */
    private void preview(Context ctx) {
        Newsletter n = newsletter(ctx);
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src https: data:");
        ctx.html(newsletters.preview(Auth.viewer(ctx), n));
    }

    private void test(Context ctx) {
        Newsletter n = newsletter(ctx);
        change(ctx, n, () -> newsletters.sendTest(Auth.viewer(ctx), n.id()), n.url() + "?done=test");
    }

    private void send(Context ctx) {
        Newsletter n = newsletter(ctx);
        change(ctx, n, () -> newsletters.send(Auth.viewer(ctx), n.id()), n.url() + "/deliveries");
    }

    private void deliveries(Context ctx) {
        Newsletter n = newsletter(ctx);
        Templates.html(ctx, "newsletter/deliveries.jte",
                DeliveriesPage.of(n, newsletters.deliveries(Auth.viewer(ctx), n.id()), newsletters.perMinute()));
    }

    /** Does it and goes on; a refusal shows the page with why, beside what it is about. */
    private void change(Context ctx, Newsletter n, Runnable change, String next) {
        try {
            change.run();
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (NewsletterProblems e) {
            ctx.status(400);
            Newsletter now = newsletters.byId(Auth.viewer(ctx), n.id()).orElse(n);
            page(ctx, now, NewsletterForm.of(now), e.problems(), null);
        }
    }

    private void page(Context ctx, Newsletter n, NewsletterForm form, Map<String, String> problems, String notice) {
        Templates.html(ctx, "newsletter/edit.jte", new NewsletterPage(n, form, problems, notice, newsletters.perMinute()));
    }

    private Newsletter newsletter(Context ctx) {
        long id = Params.id(ctx, "newsletter");
        return newsletters.byId(Auth.viewer(ctx), id).orElseThrow(() -> new NotFound(Ui.text("newsletter.problem.missing", id)));
    }

    private static NewsletterForm form(Context ctx) {
        return new NewsletterForm(ctx.formParam("subject"), ctx.formParam("body"), ctx.formParam("segment"), ctx.formParam("segment_value"));
    }
}
