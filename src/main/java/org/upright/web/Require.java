package org.upright.web;

import io.javalin.security.RouteRole;
import org.upright.common.Role;

/**
 * The least role a route needs, given where the route is registered ({@code routes.post(path, handler,
 * Require.EDITOR)}). A route with none is open to the public for reading; {@link Auth} refuses every
 * change (POST …) that does not name one, so a new form cannot be left open by forgetting.
 */
public record Require(Role role) implements RouteRole {
    /** Changes anyone may ask for, such as signing in. */
    public static final Require ANYONE = new Require(Role.ANONYMOUS);
    public static final Require RESEARCHER = new Require(Role.RESEARCHER);
    public static final Require EDITOR = new Require(Role.EDITOR);
    public static final Require ADMIN = new Require(Role.ADMIN);
}
