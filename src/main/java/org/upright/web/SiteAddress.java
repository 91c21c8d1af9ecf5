package org.upright.web;

import io.javalin.http.Context;

/** The site's address as a request reached it, for the absolute links feeds must carry. */
public final class SiteAddress {
    private SiteAddress() {
    }

    /** "http://host:port"; a request without a Host header (HTTP/1.0) gets "localhost". */
    public static String of(Context ctx) {
        String host = ctx.host();
        return ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
    }
}
