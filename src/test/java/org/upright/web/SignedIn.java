package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.upright.App;
import org.upright.common.Role;
import org.upright.common.Viewer;

/**
 * A person signed in through the real sign-in form: the cookie their browser would hold and the CSRF token
 * their pages carry.
 */
public record SignedIn(String email, String session, String csrf) {
    public static final String PASSWORD = "correct horse battery staple";

    /** Makes the account (when missing) and signs in over HTTP. */
    public static SignedIn as(App app, Http http, String email, Role role) {
        if (app.accounts().find(email).isEmpty()) app.accounts().add(Viewer.cli(), email, role, PASSWORD);
        return signIn(http, email, PASSWORD);
    }

    public static SignedIn signIn(Http http, String email, String password) {
        HttpResponse<String> form = http.get("/sign-in");
        String anonymousCsrf = Http.setCookie(form, Auth.CSRF_COOKIE);
        HttpResponse<String> answer = http.post("/sign-in", Http.form("csrf", anonymousCsrf, "email", email, "password", password, "next", "/account"),
                "Cookie", Auth.CSRF_COOKIE + "=" + anonymousCsrf);
        assertThat(answer.statusCode()).as("sign-in of " + email + ": " + answer.body()).isEqualTo(303);
        String session = Http.setCookie(answer, Auth.SESSION_COOKIE);
        String csrf = Http.csrf(http.get("/account", "Cookie", Auth.SESSION_COOKIE + "=" + session).body());
        return new SignedIn(email, session, csrf);
    }

    public String cookie() {
        return Auth.SESSION_COOKIE + "=" + session;
    }
}
