package org.upright.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.web.Http.form;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/** The account and user forms: a refused change comes back with its problem beside the field and what was typed kept. */
class AccountFormsTest {
    @TempDir
    Path dir;

    @Test
    void a_bad_invite_email_is_told_beside_the_field_and_the_email_and_role_are_kept() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn admin = SignedIn.as(world.app(), http, "admin@example.org", Role.ADMIN);
                HttpResponse<String> bad = http.post("/admin/users", form("csrf", admin.csrf(), "email", "maria at ngo.org", "role", "editor"),
                        "Cookie", admin.cookie());
                assertThat(bad.statusCode()).isEqualTo(400);
                assertThat(bad.body()).contains("id=\"invite-email-problem\" role=\"alert\">'maria at ngo.org' is not an e-mail address",
                                "value=\"maria at ngo.org\"", "<option value=\"editor\" selected>editor</option>")
                        .doesNotContain("That request cannot be answered");
                assertThat(world.app().accounts().users()).hasSize(1);

                http.post("/admin/users", form("csrf", admin.csrf(), "email", "twice@example.org", "role", "researcher"), "Cookie", admin.cookie());
                HttpResponse<String> again = http.post("/admin/users", form("csrf", admin.csrf(), "email", "twice@example.org", "role", "researcher"),
                        "Cookie", admin.cookie());
                assertThat(again.statusCode()).isEqualTo(400);
                assertThat(again.body()).contains("id=\"invite-email-problem\" role=\"alert\">There is already an account for twice@example.org");

                HttpResponse<String> badRole = http.post("/admin/users", form("csrf", admin.csrf(), "email", "r@example.org", "role", "king"),
                        "Cookie", admin.cookie());
                assertThat(badRole.statusCode()).isEqualTo(400);
                assertThat(badRole.body()).contains("id=\"invite-role-problem\" role=\"alert\">Choose one of", "value=\"r@example.org\"");
            });
        }
    }

    @Test
    void demoting_or_disabling_the_last_admin_is_told_beside_that_accounts_row() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn admin = SignedIn.as(world.app(), http, "only-admin@example.org", Role.ADMIN);
                long id = world.app().accounts().byEmail("only-admin@example.org").id();
                HttpResponse<String> demote = http.post("/admin/users/" + id + "/role", form("csrf", admin.csrf(), "role", "researcher"),
                        "Cookie", admin.cookie());
                assertThat(demote.statusCode()).isEqualTo(400);
                assertThat(demote.body()).contains("id=\"user-" + id + "-problem\" role=\"alert\">only-admin@example.org is the last admin",
                        "<option value=\"researcher\" selected>researcher</option>");
                HttpResponse<String> disable = http.post("/admin/users/" + id + "/disable", form("csrf", admin.csrf(), "disabled", "true"),
                        "Cookie", admin.cookie());
                assertThat(disable.statusCode()).isEqualTo(400);
                assertThat(disable.body()).contains("id=\"user-" + id + "-problem\" role=\"alert\">only-admin@example.org is the last admin");
                assertThat(world.app().accounts().byEmail("only-admin@example.org").role()).isEqualTo(Role.ADMIN);
            });
        }
    }

    @Test
    void a_refused_password_change_or_token_name_is_told_beside_its_field_and_passwords_are_never_sent_back() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn me = SignedIn.as(world.app(), http, "me@example.org", Role.RESEARCHER);
                HttpResponse<String> wrong = http.post("/account/password", form("csrf", me.csrf(), "current", "not my password",
                        "password", "a long new password", "again", "a long new password"), "Cookie", me.cookie());
                assertThat(wrong.statusCode()).isEqualTo(400);
                assertThat(wrong.body()).contains("id=\"pw-current-problem\" role=\"alert\">The current password is not right")
                        .doesNotContain("not my password", "a long new password");
                HttpResponse<String> differ = http.post("/account/password", form("csrf", me.csrf(), "current", SignedIn.PASSWORD,
                        "password", "a long new password", "again", "another long one"), "Cookie", me.cookie());
                assertThat(differ.body()).contains("id=\"pw-again-problem\" role=\"alert\">The two new passwords differ");
                HttpResponse<String> shortOne = http.post("/account/password", form("csrf", me.csrf(), "current", SignedIn.PASSWORD,
                        "password", "short", "again", "short"), "Cookie", me.cookie());
                assertThat(shortOne.body()).contains("id=\"pw-new-problem\" role=\"alert\">A password needs at least");
                String longName = "n".repeat(101);
                HttpResponse<String> token = http.post("/account/tokens", form("csrf", me.csrf(), "name", longName), "Cookie", me.cookie());
                assertThat(token.statusCode()).isEqualTo(400);
                assertThat(token.body()).contains("id=\"token-name-problem\" role=\"alert\">A token's name is at most 100", "value=\"" + longName + "\"");
                // and the session still works: nothing was changed
                assertThat(http.get("/account", "Cookie", me.cookie()).statusCode()).isEqualTo(200);
            });
        }
    }
}
