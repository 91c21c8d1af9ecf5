package org.upright.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.upright.common.Language;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;

/**
 * Who is asking, and may they: reads the session cookie or an {@code Authorization: Bearer} API token into a
 * {@link Viewer}, refuses routes that need more than the viewer's role ({@link Require}), and checks the CSRF
 * token of every change made with a session cookie. A bearer token is not sent by browsers on their own, so
 * requests carrying one need no CSRF token; they may only change things under /api/.
 */
public final class Auth {
    public static final String SESSION_COOKIE = "upright_session";
    /** Before sign-in there is no session: the sign-in form's token is checked against this cookie (double submit). */
    public static final String CSRF_COOKIE = "upright_csrf";
    public static final String CSRF_FIELD = "csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String VIEWER = "upright.viewer";
    private static final String CSRF = "upright.csrf";
    /** The token a cookie was set to earlier in this request, so one response never sets two. */
    private static final String FRESH_CSRF = "upright.csrf-fresh";
    private static final String VIA_TOKEN = "upright.token";
    private static final String TRUSTED = "upright.trust-proxy";
    private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    /** What Auth needs from accounts, so web/ does not depend on the account feature. */
    public interface Authenticator {
        /** The viewer and CSRF token of a live session. */
        Optional<Chrome.Current> session(String sessionId, String address);

        Optional<Viewer> bearer(String token, String address);

        /** Keeps the language a signed-in person chose in the language menu with their account. */
        default void languageChosen(Viewer viewer, Language language) {
        }
    }

    private final Authenticator accounts;
    private final boolean trustProxy;

    private Auth(Authenticator accounts, boolean trustProxy) {
        this.accounts = accounts;
        this.trustProxy = trustProxy;
    }

    public static void register(RoutesConfig routes, Authenticator accounts, boolean trustProxy) {
        Auth auth = new Auth(accounts, trustProxy);
        routes.before(auth::identify);
        routes.beforeMatched(auth::authorise);
        routes.after(ctx -> Chrome.clear());
    }

    private void identify(Context ctx) {
        String address = address(ctx);
        ctx.attribute(TRUSTED, trustProxy);
        // JSON and CSV carry texts as they were typed: a browser must never guess they are HTML and run them
        ctx.header("X-Content-Type-Options", "nosniff");
        Viewer viewer = Viewer.anonymous(address);
        String csrf = null;
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            viewer = accounts.bearer(authorization.substring(7), address).orElseThrow(() -> new HttpResponseException(401,
                    Ui.text("auth.bad_token")));
            ctx.attribute(VIA_TOKEN, true);
        } else {
            Optional<Chrome.Current> session = accounts.session(ctx.cookie(SESSION_COOKIE), address);
            if (session.isPresent()) {
                viewer = session.get().viewer();
                csrf = session.get().csrf();
                Viewer signedIn = viewer;
                LanguageChoice.follow(ctx, session.get().language(), chosen -> accounts.languageChosen(signedIn, chosen));
            }
        }
        ctx.attribute(VIEWER, viewer);
        ctx.attribute(CSRF, csrf);
        Chrome.set(viewer, csrf != null ? csrf : ctx.cookie(CSRF_COOKIE));
    }

    private void authorise(Context ctx) {
        Viewer viewer = viewer(ctx);
        boolean change = !READS.contains(ctx.method());
        Role needed = needed(ctx.routeRoles(), change);
        if (!viewer.can(needed)) {
            if (!viewer.signedIn() && !change && !ctx.path().startsWith("/api/")) {
                ctx.redirect("/sign-in?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
                return;
            }
            if (!viewer.signedIn()) throw new HttpResponseException(401, Ui.text("auth.sign_in_first",
                    Ui.text("role." + needed.id())));
            throw new HttpResponseException(403, Ui.text("auth.role_too_low",
                    Ui.text("role." + viewer.role().id()), Ui.text("role." + needed.id())));
        }
        if (!change) return;
        if (ctx.routeRoles().contains(NoFormCheck.SIGNED_LINK)) return;
        // a cross-site form cannot send application/json without the browser asking this site first (CORS)
        if (ctx.routeRoles().contains(NoFormCheck.JSON_ONLY)
                && String.valueOf(ctx.contentType()).toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) return;
        if (Boolean.TRUE.equals(ctx.attribute(VIA_TOKEN))) {
            if (!ctx.path().startsWith("/api/")) throw new HttpResponseException(403, Ui.text("auth.token_api_only"));
            return;
        }
        String expected = ctx.attribute(CSRF) != null ? ctx.attribute(CSRF) : ctx.cookie(CSRF_COOKIE);
        String sent = ctx.header(CSRF_HEADER) != null ? ctx.header(CSRF_HEADER) : ctx.formParam(CSRF_FIELD);
        if (expected == null || expected.isEmpty() || sent == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new HttpResponseException(403, Ui.text("auth.csrf"));
        }
    }

    /** Reads are open unless the route names a role; a change that names none is for admins only (sign-in names ANYONE). */
    private static Role needed(Set<RouteRole> roles, boolean change) {
        return roles.stream().filter(Require.class::isInstance).map(r -> ((Require) r).role())
                .max(Comparator.naturalOrder()).orElse(change ? Role.ADMIN : Role.ANONYMOUS);
    }

    private String address(Context ctx) {
        if (trustProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) return forwarded.split(",")[0].strip();
        }
        return ctx.ip();
    }

    /** The person asking; the public when nobody is signed in. */
    public static Viewer viewer(Context ctx) {
        Viewer v = ctx.attribute(VIEWER);
        return v != null ? v : Viewer.anonymous(ctx.ip());
    }

    public static String sessionId(Context ctx) {
        return ctx.cookie(SESSION_COOKIE);
    }

    /** The CSRF token forms on this page must send: the session's, or before sign-in the cookie's (set when missing). */
    public static String csrf(Context ctx) {
        String session = ctx.attribute(CSRF);
        if (session != null) return session;
        String cookie = ctx.cookie(CSRF_COOKIE);
        if (cookie != null && cookie.length() >= 32) return cookie;
        String given = ctx.attribute(FRESH_CSRF);
        if (given != null) return given;
        String fresh = java.util.UUID.randomUUID().toString() + java.util.UUID.randomUUID();
        ctx.attribute(FRESH_CSRF, fresh);
        Cookies.set(ctx, CSRF_COOKIE, fresh, secure(ctx));
        Chrome.set(viewer(ctx), fresh);
        return fresh;
    }

    /** True when the request came over TLS, or through a trusted proxy that says it did. */
    public static boolean secure(Context ctx) {
        if ("https".equalsIgnoreCase(ctx.scheme())) return true;
        return Boolean.TRUE.equals(ctx.attribute(TRUSTED)) && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
