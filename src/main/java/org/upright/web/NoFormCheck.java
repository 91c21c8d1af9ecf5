package org.upright.web;

import io.javalin.security.RouteRole;

/**
 * Marks a change that a page of this site does not send, so it carries no CSRF token: the one-click unsubscribe
 * a mail client POSTs (the signed link in its address is the permission) and the public sign-up API, which takes
 * JSON only — a form on another site cannot send that. Registered together with a {@link Require}.
 */
public enum NoFormCheck implements RouteRole {
    SIGNED_LINK, JSON_ONLY
}
