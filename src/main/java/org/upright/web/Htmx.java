package org.upright.web;

import io.javalin.http.Context;

/** What htmx tells the server in its request headers. */
public final class Htmx {
    private Htmx() {
    }

    /**
     * True when htmx asks for the part of a page it will swap in. A history restore (the page is not in
     * htmx's cache after Back) asks for the whole page although it carries HX-Request too.
     */
    public static boolean wantsFragment(Context ctx) {
        // one URL answers a page or a part of it, so a cache must keep the two apart
        ctx.header("Vary", "HX-Request, HX-Target");
        return "true".equals(ctx.header("HX-Request")) && !"true".equals(ctx.header("HX-History-Restore-Request"));
    }

    /** The id of the element htmx will swap the answer into; empty when none was named. */
    public static String target(Context ctx) {
        String target = ctx.header("HX-Target");
        return target == null ? "" : target;
    }
}
