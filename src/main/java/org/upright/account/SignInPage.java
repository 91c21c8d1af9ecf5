package org.upright.account;

/**
 * The sign-in form.
 *
 * @param next    the local page to go to after signing in
 * @param message why the last attempt failed, or a notice (password changed); null when none
 */
public record SignInPage(String email, String next, String message, String csrf) {
    /** Only a path on this site (never "//elsewhere" or a full URL), so the form cannot send anyone off-site. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("\n")
                || next.contains("\r") || next.startsWith("/sign-")) {
            return "/";
        }
        return next;
    }
}
