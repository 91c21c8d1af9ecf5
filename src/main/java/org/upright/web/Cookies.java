package org.upright.web;

import io.javalin.http.Context;

/** The site's cookies: HttpOnly (scripts cannot read them), SameSite=Lax, Secure when the request came over TLS. */
public final class Cookies {
    private Cookies() {
    }

    public static void set(Context ctx, String name, String value, boolean secure) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    /** A cookie that outlives the browser session: a choice the reader made once, such as the language. */
    public static void keep(Context ctx, String name, String value, int days, boolean secure) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + days * 86_400L
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    /** Takes back what this response was about to set for the cookie, so that a later choice in it is the only one. */
    static void unset(Context ctx, String name) {
        java.util.List<String> kept = ctx.res().getHeaders("Set-Cookie").stream().filter(c -> !c.startsWith(name + "=")).toList();
        ctx.res().setHeader("Set-Cookie", null);
        kept.forEach(c -> ctx.res().addHeader("Set-Cookie", c));
    }

    public static void remove(Context ctx, String name, boolean secure) {
        ctx.res().addHeader("Set-Cookie", name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }
}
