package org.upright.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.common.Role;
import org.upright.web.Auth;
import org.upright.web.FieldProblems;
import org.upright.web.Params;
import org.upright.web.Require;
import org.upright.web.Templates;

/** {@code /admin/users}: an admin invites people, changes their role, disables and enables accounts. */
public final class UserAdminRoutes {
    private final AccountService accounts;

    private UserAdminRoutes(AccountService accounts) {
        this.accounts = accounts;
    }

    public static void register(RoutesConfig routes, AccountService accounts) {
        UserAdminRoutes r = new UserAdminRoutes(accounts);
        routes.get("/admin/users", r::list, Require.ADMIN);
        routes.post("/admin/users", r::invite, Require.ADMIN);
        routes.post("/admin/users/{id}/role", r::changeRole, Require.ADMIN);
        routes.post("/admin/users/{id}/disable", r::disable, Require.ADMIN);
    }

    private void list(Context ctx) {
        Templates.html(ctx, "account/users.jte", new UsersPage(accounts.users(), null, FieldProblems.none()));
    }

    /** Answers with the page (no redirect), which shows the temporary password this once. */
    private void invite(Context ctx) {
        String email = ctx.formParam("email"), role = ctx.formParam("role");
        try {
            AccountService.Invitation invited = accounts.invite(Auth.viewer(ctx), email, role(role));
            ctx.header("Cache-Control", "no-store");
            Templates.html(ctx, "account/users.jte", new UsersPage(accounts.users(), invited, FieldProblems.none()));
        } catch (AccountException e) {
            refused(ctx, "invite", Map.of("email", orEmpty(email), "role", orEmpty(role)), e);
        }
    }

    private void changeRole(Context ctx) {
        long user = Params.id(ctx, "user");
        String role = ctx.formParam("role");
        change(ctx, user, Map.of("role", orEmpty(role)), () -> accounts.setRole(Auth.viewer(ctx), user, role(role)));
    }

    private void disable(Context ctx) {
        long user = Params.id(ctx, "user");
        boolean disabled = !"false".equals(ctx.formParam("disabled"));
        change(ctx, user, Map.of(), () -> accounts.setDisabled(Auth.viewer(ctx), user, disabled));
    }

    /** A change to one account's row; refused, the list comes back with the problem beside that row. */
    private void change(Context ctx, long user, Map<String, String> typed, Runnable change) {
        try {
            change.run();
            ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            refused(ctx, "user-" + user, typed, e);
        }
    }

    private void refused(Context ctx, String form, Map<String, String> typed, AccountException e) {
        ctx.status(400);
        Templates.html(ctx, "account/users.jte", new UsersPage(accounts.users(), null, FieldProblems.of(form, typed, List.of(e.problem()))));
    }

    private static Role role(String id) {
        return Role.assignable(id).orElseThrow(() -> new AccountException("role", Ui.text("account.problem.role", Role.assignableIds(), orEmpty(id))));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
