package org.upright.common;

/**
 * Who is asking: a signed-in person, the public, or the command line. Handlers read it from the request and
 * pass it to services, which use it to decide and to say in the audit log who did what; a service never
 * needs the web to know it.
 *
 * @param userId  the account's id, or null for the public and the command line
 * @param name    the account's e-mail, "anonymous" or "cli"
 * @param address the network address of the request (or "local" on the command line)
 */
public record Viewer(Long userId, String name, Role role, String address) {
    public static Viewer anonymous(String address) {
        return new Viewer(null, "anonymous", Role.ANONYMOUS, address);
    }

    /** Whoever runs the command line on the server can do anything: they can read the database file anyway. */
    public static Viewer cli() {
        return new Viewer(null, "cli", Role.ADMIN, "local");
    }

    public boolean can(Role needed) {
        return role.atLeast(needed);
    }

    public boolean signedIn() {
        return userId != null;
    }
}
