package org.upright.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.upright.common.Role;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
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
        Templates.html(ctx, "account/users.jte", new UsersPage(accounts.users(), null));
    }

    /** Answers with the page (no redirect), which shows the temporary password this once. */
    private void invite(Context ctx) {
        AccountService.Invitation invited = accounts.invite(Auth.viewer(ctx), ctx.formParam("email"), role(ctx));
        ctx.header("Cache-Control", "no-store");
        Templates.html(ctx, "account/users.jte", new UsersPage(accounts.users(), invited));
    }

    private void changeRole(Context ctx) {
        accounts.setRole(Auth.viewer(ctx), Params.id(ctx, "user"), role(ctx));
        ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
    }

    private void disable(Context ctx) {
        boolean disabled = !"false".equals(ctx.formParam("disabled"));
        accounts.setDisabled(Auth.viewer(ctx), Params.id(ctx, "user"), disabled);
        ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
    }

    private static Role role(Context ctx) {
        String id = ctx.formParam("role");
        return Role.assignable(id).orElseThrow(() -> new BadRequest("role must be " + Role.assignableIds() + ", not '"
                + (id == null ? "" : id) + "'."));
    }
}
