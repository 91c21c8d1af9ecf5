package org.upright.subscription;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.upright.i18n.Ui;
import org.upright.web.Auth;
import org.upright.web.NoFormCheck;
import org.upright.web.Require;
import org.upright.web.Templates;

/**
 * The sign-up form and the pages a subscriber reaches from their mails. No account is needed: the signed link in
 * the address is the permission, so these pages work for anyone who has the mail and for nobody else.
 */
public final class SubscriptionRoutes {
    private final SubscriptionService subscriptions;
    private final BooleanSupplier mailSent;

    private SubscriptionRoutes(SubscriptionService subscriptions, BooleanSupplier mailSent) {
        this.subscriptions = subscriptions;
        this.mailSent = mailSent;
    }

    /** @param mailSent whether mail leaves the outbox (the server was given --smtp), for the pages to say so */
    public static void register(RoutesConfig routes, SubscriptionService subscriptions, BooleanSupplier mailSent) {
        SubscriptionRoutes r = new SubscriptionRoutes(subscriptions, mailSent);
        routes.get("/subscriptions/new", r::blank);
        routes.post("/subscriptions", r::signUp, Require.ANYONE);
        routes.get("/subscriptions/confirm/{token}", r::confirm);
        routes.get("/subscriptions/manage/{token}", r::manage);
        routes.post("/subscriptions/manage/{token}", r::update, Require.ANYONE);
        routes.get("/subscriptions/manage/{token}/export", r::export);
        routes.post("/subscriptions/manage/{token}/delete", r::delete, Require.ANYONE);
        routes.get("/subscriptions/unsubscribe/{token}", r::unsubscribePage);
        // a mail client's one-click unsubscribe (RFC 8058) posts without a page of ours, so without a CSRF token
        routes.post("/subscriptions/unsubscribe/{token}", r::unsubscribe, Require.ANYONE, NoFormCheck.SIGNED_LINK);
    }

    private void blank(Context ctx) {
        Auth.csrf(ctx);
        String[] follow = String.valueOf(ctx.queryParamAsClass("follow", String.class).getOrDefault("")).split(":", 2);
        // the footer's short form sends name and address here, so every page stays the same for every reader (and
        // cacheable): this page shows the consent and carries the CSRF token
        String email = ctx.queryParamAsClass("email", String.class).getOrDefault("");
        String name = ctx.queryParamAsClass("name", String.class).getOrDefault("");
        Templates.html(ctx, "subscription/sign-up.jte", new SignUpPage(email, name, follow[0], follow.length > 1 ? follow[1] : "",
                Map.of(), null));
    }

    private void signUp(Context ctx) {
        String kind = ctx.formParam("follow_kind");
        String value = ctx.formParam("follow_value");
        List<SignUp.Typed> follows = value == null || value.isBlank() ? List.of() : List.of(new SignUp.Typed(kind, value));
        String email = ctx.formParam("email");
        String name = ctx.formParam("name");
        try {
            subscriptions.signUp(new SignUp(email, name, follows, page(ctx), Auth.viewer(ctx).address()));
            Templates.html(ctx, "subscription/sign-up.jte", new SignUpPage(email, name, kind, value, Map.of(), email.strip()));
        } catch (SubscriptionException e) {
            ctx.status(400);
            Templates.html(ctx, "subscription/sign-up.jte", new SignUpPage(email, name, kind, value, e.problems(), null));
        } catch (SignUpThrottled e) {
            ctx.status(429);
            Templates.html(ctx, "subscription/sign-up.jte", new SignUpPage(email, name, kind, value, Map.of("email", e.getMessage()), null));
        }
    }

    private void confirm(Context ctx) {
        Subscriber s = link(() -> subscriptions.confirm(ctx.pathParam("token")));
        Auth.csrf(ctx);
        String token = subscriptions.manageUrl(s.id()).replaceFirst("^.*/subscriptions/manage/", "");
        Templates.html(ctx, "subscription/preferences.jte", PreferencesPage.of(s, token,
                Ui.text("subscription.notice.confirmed"), mailSent.getAsBoolean()));
    }

    private void manage(Context ctx) {
        String token = ctx.pathParam("token");
        Subscriber s = link(() -> subscriptions.byManageLink(token));
        Auth.csrf(ctx);
        Templates.html(ctx, "subscription/preferences.jte", PreferencesPage.of(s, token, null, mailSent.getAsBoolean()));
    }

    private void update(Context ctx) {
        String token = ctx.pathParam("token");
        Subscriber s = link(() -> subscriptions.byManageLink(token));
        List<SignUp.Typed> follows = new ArrayList<>();
        for (String kept : ctx.formParams("keep")) {
            String[] kv = kept.split(":", 2);
            if (kv.length == 2) follows.add(new SignUp.Typed(kv[0], kv[1]));
        }
        String value = ctx.formParam("follow_value");
        if (value != null && !value.isBlank()) follows.add(new SignUp.Typed(ctx.formParam("follow_kind"), value));
        try {
            Subscriber changed = subscriptions.update(token, ctx.formParam("name"), ctx.formParam("frequency"), follows);
            Templates.html(ctx, "subscription/preferences.jte", PreferencesPage.of(changed, token, Ui.text("subscription.notice.saved"), mailSent.getAsBoolean()));
        } catch (SubscriptionException e) {
            ctx.status(400);
            Templates.html(ctx, "subscription/preferences.jte", new PreferencesPage(s, token, ctx.formParam("name"),
                    ctx.formParam("frequency"), s.follows(), ctx.formParam("follow_kind"), value, e.problems(), null, mailSent.getAsBoolean()));
        }
    }

    private void export(Context ctx) {
        Map<String, Object> everything = link(() -> subscriptions.export(ctx.pathParam("token")));
        ctx.header("Content-Disposition", "attachment; filename=\"upright-subscription.json\"");
        ctx.json(everything);
    }

    private void delete(Context ctx) {
        link(() -> {
            subscriptions.delete(ctx.pathParam("token"));
            return null;
        });
        Templates.html(ctx, "subscription/done.jte", Map.of("heading", Ui.text("subscription.deleted"),
                "message", Ui.text("subscription.deleted.message")));
    }

    private void unsubscribePage(Context ctx) {
        String token = ctx.pathParam("token");
        Subscriber s = link(() -> subscriptions.byUnsubscribeLink(token));
        Auth.csrf(ctx);
        Templates.html(ctx, "subscription/unsubscribe.jte", Map.of("email", s.email(), "action", "/subscriptions/unsubscribe/" + token,
                "stopped", s.status() == Subscriber.Status.UNSUBSCRIBED));
    }

    private void unsubscribe(Context ctx) {
        Subscriber s = link(() -> subscriptions.unsubscribe(ctx.pathParam("token")));
        Templates.html(ctx, "subscription/done.jte", Map.of("heading", Ui.text("subscription.unsubscribed"),
                "message", Ui.text("subscription.unsubscribed.message", s.email())));
    }

    /** A link that cannot be followed: 400 when it was changed, 410 when it is used up, expired or its subscriber gone. */
    private static <T> T link(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (LinkRefused e) {
            throw new HttpResponseException(e.why() == LinkRefused.Why.TAMPERED ? 400 : 410, e.getMessage());
        }
    }

    /** The page the form was on (its path only), for the consent record. */
    static String page(Context ctx) {
        String from = ctx.formParam("page");
        if (from == null || from.isBlank()) from = ctx.header("Referer");
        if (from == null || from.isBlank()) return ctx.path();
        return from.replaceFirst("^https?://[^/]+", "");
    }
}
