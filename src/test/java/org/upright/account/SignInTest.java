package org.upright.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.web.Http.form;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.TestWorld;
import org.upright.audit.AuditEntry;
import org.upright.audit.AuditFilter;
import org.upright.common.PageRequest;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.config.Settings;
import org.upright.web.Auth;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/** Signing in and out over HTTP: cookies, session fixation, CSRF, throttling, password change, open redirects. */
class SignInTest {
    @TempDir
    Path dir;

    private static List<String> actions(App app) {
        return app.audit().find(AuditFilter.none(), new PageRequest(1, 100)).items().stream().map(AuditEntry::action).toList();
    }

    @Test
    void signing_in_sets_an_http_only_same_site_session_cookie_and_goes_to_the_page_asked_for() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                world.app().accounts().add(Viewer.cli(), "ana@example.org", Role.EDITOR, SignedIn.PASSWORD);
                String csrf = Http.setCookie(http.get("/sign-in?next=/account"), Auth.CSRF_COOKIE);
                HttpResponse<String> answer = http.post("/sign-in", form("csrf", csrf, "email", "Ana@Example.org ", "password", SignedIn.PASSWORD,
                        "next", "/account"), "Cookie", Auth.CSRF_COOKIE + "=" + csrf);
                assertThat(answer.statusCode()).isEqualTo(303);
                assertThat(Http.location(answer)).isEqualTo("/account");
                String cookie = Http.setCookieHeader(answer, Auth.SESSION_COOKIE);
                assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
                String page = http.get("/account", "Cookie", cookie.split(";")[0]).body();
                assertThat(page).contains("ana@example.org", "role <strong>editor</strong>", "Sign out");
                assertThat(actions(world.app())).contains("sign-in");
            });
        }
    }

    @Test
    void behind_a_trusted_proxy_that_says_https_the_cookie_is_secure_and_the_address_is_the_clients() {
        try (App app = new App(new Settings(dir.resolve("data"), null, 0, "127.0.0.1", true))) {
            JavalinTest.test(app.web(), (server, client) -> {
                Http http = new Http(server.port());
                app.accounts().add(Viewer.cli(), "ana@example.org", Role.RESEARCHER, SignedIn.PASSWORD);
                String csrf = Http.setCookie(http.get("/sign-in"), Auth.CSRF_COOKIE);
                HttpResponse<String> answer = http.post("/sign-in", form("csrf", csrf, "email", "ana@example.org", "password", SignedIn.PASSWORD),
                        "Cookie", Auth.CSRF_COOKIE + "=" + csrf, "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7, 10.0.0.1");
                assertThat(Http.setCookieHeader(answer, Auth.SESSION_COOKIE)).contains("Secure", "HttpOnly");
                AuditEntry signIn = app.audit().find(new AuditFilter(null, "sign-in", null, null, null), new PageRequest(1, 1)).items().getFirst();
                assertThat(signIn.address()).isEqualTo("203.0.113.7");
                assertThat(signIn.actor()).isEqualTo("ana@example.org");
            });
        }
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_that_does_not_say_whether_the_account_exists_and_is_audited() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                world.app().accounts().add(Viewer.cli(), "ana@example.org", Role.RESEARCHER, SignedIn.PASSWORD);
                String csrf = Http.setCookie(http.get("/sign-in"), Auth.CSRF_COOKIE);
                HttpResponse<String> wrong = http.post("/sign-in", form("csrf", csrf, "email", "ana@example.org", "password", "not the password"),
                        "Cookie", Auth.CSRF_COOKIE + "=" + csrf);
                HttpResponse<String> nobody = http.post("/sign-in", form("csrf", csrf, "email", "nobody@example.org", "password", "not the password"),
                        "Cookie", Auth.CSRF_COOKIE + "=" + csrf);
                assertThat(wrong.statusCode()).isEqualTo(401);
                assertThat(nobody.statusCode()).isEqualTo(401);
                assertThat(wrong.body()).contains("do not match an active account").contains("value=\"ana@example.org\"");
                assertThat(Http.setCookie(wrong, Auth.SESSION_COOKIE)).isNull();
                assertThat(actions(world.app())).containsSubsequence("sign-in.failed", "sign-in.failed");
            });
        }
    }

    @Test
    void after_five_failures_sign_in_is_paused_even_with_the_right_password() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                world.app().accounts().add(Viewer.cli(), "ana@example.org", Role.RESEARCHER, SignedIn.PASSWORD);
                String csrf = Http.setCookie(http.get("/sign-in"), Auth.CSRF_COOKIE);
                for (int i = 0; i < SignInThrottle.PER_ACCOUNT; i++) {
                    assertThat(http.post("/sign-in", form("csrf", csrf, "email", "ana@example.org", "password", "guess " + i),
                            "Cookie", Auth.CSRF_COOKIE + "=" + csrf).statusCode()).isEqualTo(401);
                }
                HttpResponse<String> right = http.post("/sign-in", form("csrf", csrf, "email", "ana@example.org", "password", SignedIn.PASSWORD),
                        "Cookie", Auth.CSRF_COOKIE + "=" + csrf);
                assertThat(right.statusCode()).isEqualTo(429);
                assertThat(right.body()).contains("sign-in is paused for up to 15 minutes");
                assertThat(Http.setCookie(right, Auth.SESSION_COOKIE)).isNull();
                assertThat(actions(world.app())).contains("sign-in.throttled");
                // another account from another address is not held up by it
                world.app().accounts().add(Viewer.cli(), "bo@example.org", Role.RESEARCHER, SignedIn.PASSWORD);
                assertThat(SignedIn.signIn(http, "bo@example.org", SignedIn.PASSWORD).session()).isNotBlank();
            });
        }
    }

    @Test
    void a_session_id_held_before_sign_in_is_worth_nothing_after_it() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn first = SignedIn.as(world.app(), http, "ana@example.org", Role.RESEARCHER);
                // an attacker plants a session id in the victim's browser, then the victim signs in with it
                String planted = "planted-session-id";
                for (String before : List.of(planted, first.session())) {
                    String cookies = Auth.CSRF_COOKIE + "=csrf-cookie-of-the-browser-32-characters-long; " + Auth.SESSION_COOKIE + "=" + before;
                    String csrf = Http.csrf(http.get("/sign-in", "Cookie", cookies).body());
                    HttpResponse<String> answer = http.post("/sign-in", form("csrf", csrf, "email", "ana@example.org", "password", SignedIn.PASSWORD),
                            "Cookie", cookies);
                    assertThat(answer.statusCode()).isEqualTo(303);
                    String issued = Http.setCookie(answer, Auth.SESSION_COOKIE);
                    assertThat(issued).isNotEqualTo(before);
                    assertThat(http.get("/account", "Cookie", Auth.SESSION_COOKIE + "=" + before).statusCode()).as(before).isEqualTo(303);
                    assertThat(http.get("/account", "Cookie", Auth.SESSION_COOKIE + "=" + issued).statusCode()).isEqualTo(200);
                }
            });
        }
    }

    @Test
    void a_form_without_its_csrf_token_or_with_a_wrong_one_is_refused_with_403() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn ana = SignedIn.as(world.app(), http, "ana@example.org", Role.RESEARCHER);
                HttpResponse<String> missing = http.post("/account/tokens", form("name", "script"), "Cookie", ana.cookie());
                HttpResponse<String> wrong = http.post("/account/tokens", form("name", "script", "csrf", "x" + ana.csrf()), "Cookie", ana.cookie());
                assertThat(missing.statusCode()).isEqualTo(403);
                assertThat(wrong.statusCode()).isEqualTo(403);
                assertThat(wrong.body()).contains("CSRF token is missing or wrong");
                assertThat(world.app().accounts().tokens(world.app().accounts().session(ana.session(), "x").orElseThrow().viewer())).isEmpty();
                assertThat(http.post("/account/tokens", form("name", "script", "csrf", ana.csrf()), "Cookie", ana.cookie()).statusCode()).isEqualTo(200);
                // the sign-in form too: its token must match the cookie it came with
                String csrf = Http.setCookie(http.get("/sign-in"), Auth.CSRF_COOKIE);
                assertThat(http.post("/sign-in", form("email", "ana@example.org", "password", SignedIn.PASSWORD), "Cookie", Auth.CSRF_COOKIE + "=" + csrf)
                        .statusCode()).isEqualTo(403);
                assertThat(http.post("/sign-in", form("csrf", csrf, "email", "ana@example.org", "password", SignedIn.PASSWORD)).statusCode()).isEqualTo(403);
            });
        }
    }

    @Test
    void signing_out_ends_the_session_on_the_server_not_only_in_the_browser() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn ana = SignedIn.as(world.app(), http, "ana@example.org", Role.RESEARCHER);
                HttpResponse<String> out = http.post("/sign-out", form("csrf", ana.csrf()), "Cookie", ana.cookie());
                assertThat(out.statusCode()).isEqualTo(303);
                assertThat(Http.setCookieHeader(out, Auth.SESSION_COOKIE)).contains("Max-Age=0");
                assertThat(http.get("/account", "Cookie", ana.cookie()).statusCode()).isEqualTo(303);
                assertThat(actions(world.app())).contains("sign-out");
            });
        }
    }

    @Test
    void changing_the_password_ends_every_session_and_the_new_password_signs_in() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn ana = SignedIn.as(world.app(), http, "ana@example.org", Role.RESEARCHER);
                SignedIn elsewhere = SignedIn.signIn(http, "ana@example.org", SignedIn.PASSWORD);
                HttpResponse<String> tooShort = http.post("/account/password", form("csrf", ana.csrf(), "current", SignedIn.PASSWORD,
                        "password", "short", "again", "short"), "Cookie", ana.cookie());
                assertThat(tooShort.statusCode()).isEqualTo(400);
                assertThat(tooShort.body()).contains("at least 10 characters");
                String fresh = "a much better passphrase";
                HttpResponse<String> changed = http.post("/account/password", form("csrf", ana.csrf(), "current", SignedIn.PASSWORD,
                        "password", fresh, "again", fresh), "Cookie", ana.cookie());
                assertThat(Http.location(changed)).isEqualTo("/sign-in?changed=1");
                assertThat(http.get("/account", "Cookie", elsewhere.cookie()).statusCode()).isEqualTo(303);
                assertThat(SignedIn.signIn(http, "ana@example.org", fresh).session()).isNotBlank();
                assertThat(actions(world.app())).contains("password.change");
            });
        }
    }

    @Test
    void after_sign_in_only_pages_of_this_site_are_gone_to() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                world.app().accounts().add(Viewer.cli(), "ana@example.org", Role.RESEARCHER, SignedIn.PASSWORD);
                for (String next : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
                    String csrf = Http.setCookie(http.get("/sign-in"), Auth.CSRF_COOKIE);
                    HttpResponse<String> answer = http.post("/sign-in", form("csrf", csrf, "email", "ana@example.org", "password", SignedIn.PASSWORD,
                            "next", next), "Cookie", Auth.CSRF_COOKIE + "=" + csrf);
                    assertThat(Http.location(answer)).as(next).isEqualTo("/");
                }
            });
        }
    }

    @Test
    void a_disabled_account_can_no_longer_sign_in_nor_use_its_session() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn admin = SignedIn.as(world.app(), http, "admin@example.org", Role.ADMIN);
                SignedIn ana = SignedIn.as(world.app(), http, "ana@example.org", Role.EDITOR);
                long id = world.app().accounts().byEmail("ana@example.org").id();
                HttpResponse<String> disabled = http.post("/admin/users/" + id + "/disable", form("csrf", admin.csrf(), "disabled", "true"),
                        "Cookie", admin.cookie());
                assertThat(disabled.statusCode()).isEqualTo(303);
                assertThat(http.get("/account", "Cookie", ana.cookie()).statusCode()).isEqualTo(303);
                String csrf = Http.setCookie(http.get("/sign-in"), Auth.CSRF_COOKIE);
                assertThat(http.post("/sign-in", form("csrf", csrf, "email", "ana@example.org", "password", SignedIn.PASSWORD),
                        "Cookie", Auth.CSRF_COOKIE + "=" + csrf).statusCode()).isEqualTo(401);
                AuditEntry row = world.app().audit().find(new AuditFilter(null, "user.disable", null, null, null), new PageRequest(1, 1)).items().getFirst();
                assertThat(row.actor()).isEqualTo("admin@example.org");
                assertThat(row.before()).contains("\"disabled\":false");
                assertThat(row.after()).contains("\"disabled\":true");
            });
        }
    }

    @Test
    void the_last_admin_cannot_be_demoted_or_disabled() {
        try (TestWorld world = TestWorld.empty(dir)) {
            AccountService accounts = world.app().accounts();
            User admin = accounts.add(Viewer.cli(), "admin@example.org", Role.ADMIN, SignedIn.PASSWORD);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.setRole(Viewer.cli(), admin.id(), Role.EDITOR))
                    .hasMessageContaining("is the last admin");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.setDisabled(Viewer.cli(), admin.id(), true))
                    .hasMessageContaining("is the last admin");
        }
    }
}
