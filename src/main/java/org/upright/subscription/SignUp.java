package org.upright.subscription;

import java.util.List;

/**
 * A sign-up as a form or the API sends it, before any check.
 *
 * @param follows kind and value pairs as typed ({"state", "Kazakhstan"})
 * @param page    the page the form was on (the API: "api")
 * @param address the network address it came from
 */
public record SignUp(String email, String name, List<Typed> follows, String page, String address) {
    public record Typed(String kind, String value) {
    }

    public SignUp {
        follows = follows == null ? List.of() : List.copyOf(follows);
    }
}
