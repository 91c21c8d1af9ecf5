package org.upright.home;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.upright.analytics.ChartSection;
import org.upright.web.Templates;

/** The home page. */
public final class HomeRoutes {
    private final HomeService home;
    private final Supplier<ChartSection> charts;

    private HomeRoutes(HomeService home, Supplier<ChartSection> charts) {
        this.home = home;
        this.charts = charts;
    }

    /** @param charts the charts section the page shows below the figures */
    public static void register(RoutesConfig routes, HomeService home, Supplier<ChartSection> charts) {
        HomeRoutes r = new HomeRoutes(home, charts);
        routes.get("/", r::home);
    }

    private void home(Context ctx) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", home.page());
        params.put("charts", charts.get());
        Templates.html(ctx, "home/index.jte", params);
    }
}
