package org.upright.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.upright.web.Templates;

/** The home page. */
public final class HomeRoutes {
    private final HomeService home;

    private HomeRoutes(HomeService home) {
        this.home = home;
    }

    public static void register(RoutesConfig routes, HomeService home) {
        HomeRoutes r = new HomeRoutes(home);
        routes.get("/", r::home);
    }

    private void home(Context ctx) {
        Templates.html(ctx, "home/index.jte", home.page());
    }
}
