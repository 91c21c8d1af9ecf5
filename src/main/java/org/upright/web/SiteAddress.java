package org.upright.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The site's address for the absolute links feeds and calendars must carry: the public address the operator gave
 * ({@code --public-url}, as mails use), else the address the request reached, which behind a proxy may be an inner one.
 */
public final class SiteAddress {
    private static final String ATTRIBUTE = "upright.public-url";

    private SiteAddress() {
    }

    /** Makes the operator's public address (or null: none given) known to every request. */
    public static void register(RoutesConfig routes, String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) return;
        String site = publicUrl.strip().replaceAll("/+$", "");
        routes.before(ctx -> ctx.attribute(ATTRIBUTE, site));
    }

    /** "https://upr.example.org" as configured, else "http://host:port"; a request without a Host header gets "localhost". */
    public static String of(Context ctx) {
        String configured = ctx.attribute(ATTRIBUTE);
        if (configured != null) return configured;
        String host = ctx.host();
        return ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
    }
}
