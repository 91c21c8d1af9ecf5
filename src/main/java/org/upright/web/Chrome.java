package org.upright.web;

import org.upright.common.Language;
import org.upright.common.Role;
import org.upright.common.Viewer;

/**
 * What the page layout shows about the person asking (their name, admin links, the sign-out form and its CSRF
 * token) without every view model carrying it: set by {@link Auth} for the request's thread, cleared after it.
 */
public final class Chrome {
    /** The person, the CSRF token their forms send, and the language their account chose (null: the browser's). */
    public record Current(Viewer viewer, String csrf, Language language) {
        public Current(Viewer viewer, String csrf) {
            this(viewer, csrf, null);
        }
    }

    private static final Current NOBODY = new Current(Viewer.anonymous("local"), "");
    private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();
    /** Whether this request's page holds something of this reader's (a CSRF token), so it is kept for nobody else. */
    private static final ThreadLocal<Boolean> PERSONAL = new ThreadLocal<>();

    private Chrome() {
    }

    static void set(Viewer viewer, String csrf) {
        CURRENT.set(new Current(viewer, csrf == null ? "" : csrf));
    }

    static void clear() {
        // PERSONAL stays until the response cache has read it (its after-handler runs after this one); it is reset at
        // the start of every request the cache may keep
        CURRENT.remove();
    }

    static void personal(boolean personal) {
        PERSONAL.set(personal);
    }

    static boolean isPersonal() {
        return !Boolean.FALSE.equals(PERSONAL.get());
    }

    public static Current current() {
        Current c = CURRENT.get();
        return c == null ? NOBODY : c;
    }

    public static Viewer viewer() {
        return current().viewer();
    }

    public static String csrf() {
        PERSONAL.set(true);
        return current().csrf();
    }

    public static boolean can(String role) {
        return viewer().can(Role.valueOf(role));
    }
}
