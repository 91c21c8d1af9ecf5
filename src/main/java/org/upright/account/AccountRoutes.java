package org.upright.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.common.Viewer;
import org.upright.web.Auth;
import org.upright.web.Cookies;
import org.upright.web.FieldProblems;
import org.upright.web.LanguageChoice;
import org.upright.web.Params;
import org.upright.web.Require;
import org.upright.web.Templates;

/** Signing in and out, and the signed-in person's own page: password, language and API tokens. */
public final class AccountRoutes {
    private final AccountService accounts;

    private AccountRoutes(AccountService accounts) {
        this.accounts = accounts;
    }

    public static void register(RoutesConfig routes, AccountService accounts) {
        AccountRoutes r = new AccountRoutes(accounts);
        routes.get("/sign-in", r::signInForm);
        routes.post("/sign-in", r::signIn, Require.ANYONE);
        routes.post("/sign-out", r::signOut, Require.RESEARCHER);
        routes.get("/account", r::page, Require.RESEARCHER);
        routes.post("/account/password", r::changePassword, Require.RESEARCHER);
        routes.post("/account/language", r::setLanguage, Require.RESEARCHER);
        routes.post("/account/tokens", r::createToken, Require.RESEARCHER);
        routes.post("/account/tokens/{id}/revoke", r::revokeToken, Require.RESEARCHER);
    }

    private void signInForm(Context ctx) {
        String notice = ctx.queryParam("changed") != null ? Ui.text("signin.changed") : null;
        Templates.html(ctx, "account/sign-in.jte", new SignInPage("", SignInPage.safeNext(ctx.queryParam("next")), notice, Auth.csrf(ctx)));
    }

    private void signIn(Context ctx) {
        String email = ctx.formParam("email"), next = SignInPage.safeNext(ctx.formParam("next"));
        try {
            Session session = accounts.signIn(email, ctx.formParam("password"), Auth.viewer(ctx).address(), Auth.sessionId(ctx));
            Cookies.set(ctx, Auth.SESSION_COOKIE, session.id(), Auth.secure(ctx));
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (SignInRefused e) {
            ctx.status(e.throttled() ? 429 : 401);
            Templates.html(ctx, "account/sign-in.jte", new SignInPage(email == null ? "" : email, next, e.getMessage(), Auth.csrf(ctx)));
        }
    }

    private void signOut(Context ctx) {
        accounts.signOut(Auth.sessionId(ctx), Auth.viewer(ctx));
        Cookies.remove(ctx, Auth.SESSION_COOKIE, Auth.secure(ctx));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void page(Context ctx) {
        Templates.html(ctx, "account/account.jte", page(ctx, null, FieldProblems.none()));
    }

    /** A refused change comes back beside its field; passwords are never sent back into the form. */
    private void changePassword(Context ctx) {
        try {
            accounts.changePassword(Auth.viewer(ctx), ctx.formParam("current"), ctx.formParam("password"), ctx.formParam("again"));
        } catch (AccountException e) {
            refused(ctx, FieldProblems.of("password", Map.of(), List.of(e.problem())));
            return;
        }
        Cookies.remove(ctx, Auth.SESSION_COOKIE, Auth.secure(ctx));
        ctx.redirect("/sign-in?changed=1", HttpStatus.SEE_OTHER);
    }

    /** Saves the choice with the account and in this browser's cookie, so the next page already speaks it. */
    private void setLanguage(Context ctx) {
        String code = ctx.formParam("language");
        try {
            User u = accounts.setLanguage(Auth.viewer(ctx), code);
            LanguageChoice.remember(ctx, u.language());
        } catch (AccountException e) {
            refused(ctx, FieldProblems.of("language", Map.of("language", code == null ? "" : code), List.of(e.problem())));
            return;
        }
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    /** Answers with the page itself, not a redirect: the new secret must not travel in a URL or survive a reload. */
    private void createToken(Context ctx) {
        String name = ctx.formParam("name");
        try {
            AccountService.NewToken made = accounts.createToken(Auth.viewer(ctx), name);
            ctx.header("Cache-Control", "no-store");
            Templates.html(ctx, "account/account.jte", page(ctx, made, FieldProblems.none()));
        } catch (AccountException e) {
            refused(ctx, FieldProblems.of("token", Map.of("name", name == null ? "" : name), List.of(e.problem())));
        }
    }

    private void revokeToken(Context ctx) {
        try {
            accounts.revokeToken(Auth.viewer(ctx), Params.id(ctx, "token"));
        } catch (AccountException e) {
            refused(ctx, FieldProblems.of("revoke", Map.of(), List.of(e.problem())));
            return;
        }
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    private void refused(Context ctx, FieldProblems problems) {
        ctx.status(400);
        Templates.html(ctx, "account/account.jte", page(ctx, null, problems));
    }

    private AccountPage page(Context ctx, AccountService.NewToken made, FieldProblems problems) {
        Viewer viewer = Auth.viewer(ctx);
        return new AccountPage(accounts.user(viewer.userId()), accounts.tokens(viewer), made, problems);
    }
}
