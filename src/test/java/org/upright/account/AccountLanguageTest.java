package org.upright.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.web.Http.form;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.audit.AuditEntry;
import org.upright.audit.AuditFilter;
import org.upright.common.Language;
import org.upright.common.PageRequest;
import org.upright.common.Role;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/**
 * The language an account chose: saved from the account page, followed on any browser its person signs in on,
 * beaten only by {@code ?lang} in the address (which the account then keeps), and refused beside the field when
 * it is not one of the six.
 */
class AccountLanguageTest {
    private static final String LANG_COOKIE = "upright_lang";

    @TempDir
    Path dir;

    @Test
    void a_language_saved_on_the_account_page_is_spoken_on_another_browser_after_sign_in() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn me = SignedIn.as(world.app(), http, "ana@example.org", Role.RESEARCHER);
                HttpResponse<String> saved = http.post("/account/language", form("csrf", me.csrf(), "language", "ru"), "Cookie", me.cookie());
                assertThat(saved.statusCode()).isEqualTo(303);
                assertThat(Http.setCookie(saved, LANG_COOKIE)).as("this browser speaks it from the next page on").isEqualTo("ru");
                assertThat(world.app().accounts().byEmail("ana@example.org").language()).isEqualTo(Language.RU);

                // another browser: no language cookie, and it asks for Spanish
                SignedIn elsewhere = SignedIn.signIn(http, "ana@example.org", SignedIn.PASSWORD);
                HttpResponse<String> page = http.get("/account", "Cookie", elsewhere.cookie(), "Accept-Language", "es-ES,es;q=0.9");
                assertThat(page.body()).contains("<html lang=\"ru\"", "Ваша учётная запись", "<option value=\"ru\" lang=\"ru\" selected>Русский</option>");
                assertThat(page.headers().firstValue("Content-Language")).hasValue("ru");
                assertThat(Http.setCookie(page, LANG_COOKIE)).as("the browser keeps it after signing out").isEqualTo("ru");

                AuditEntry change = world.app().audit().find(new AuditFilter(null, "account.language", null, null, null), new PageRequest(1, 1))
                        .items().getFirst();
                assertThat(change.actor()).isEqualTo("ana@example.org");
                assertThat(change.before()).contains("browser");
                assertThat(change.after()).contains("ru");
            });
        }
    }

    @Test
    void lang_in_the_address_wins_over_the_account_and_the_account_keeps_the_choice() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn me = SignedIn.as(world.app(), http, "li@example.org", Role.RESEARCHER);
                http.post("/account/language", form("csrf", me.csrf(), "language", "zh"), "Cookie", me.cookie());

                HttpResponse<String> french = http.get("/account?lang=fr", "Cookie", me.cookie());
                assertThat(french.body()).contains("<html lang=\"fr\"", "Votre compte", "Changer votre mot de passe");
                assertThat(world.app().accounts().byEmail("li@example.org").language()).isEqualTo(Language.FR);
                HttpResponse<String> next = http.get("/cases", "Cookie", me.cookie());
                assertThat(next.body()).contains("<html lang=\"fr\"", "Aucun cas à afficher.");
            });
        }
    }

    @Test
    void following_the_browser_again_forgets_the_account_language_and_the_cookie() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn me = SignedIn.as(world.app(), http, "sam@example.org", Role.RESEARCHER);
                http.post("/account/language", form("csrf", me.csrf(), "language", "ar"), "Cookie", me.cookie());
                HttpResponse<String> browser = http.post("/account/language", form("csrf", me.csrf(), "language", ""), "Cookie", me.cookie());
                assertThat(browser.statusCode()).isEqualTo(303);
                assertThat(Http.setCookieHeader(browser, LANG_COOKIE)).contains("Max-Age=0");
                assertThat(world.app().accounts().byEmail("sam@example.org").language()).isNull();
                HttpResponse<String> page = http.get("/account", "Cookie", me.cookie(), "Accept-Language", "es");
                assertThat(page.body()).contains("<html lang=\"es\"", "Su cuenta", "<option value=\"\" selected>Seguir el navegador</option>");
            });
        }
    }

    @Test
    void a_language_that_is_not_one_of_the_six_is_refused_beside_the_field_and_nothing_changes() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn me = SignedIn.as(world.app(), http, "kim@example.org", Role.RESEARCHER);
                HttpResponse<String> bad = http.post("/account/language", form("csrf", me.csrf(), "language", "de"), "Cookie", me.cookie());
                assertThat(bad.statusCode()).isEqualTo(400);
                assertThat(bad.body()).contains("id=\"account-language-problem\" role=\"alert\">“de” is not one of the six languages",
                        "aria-describedby=\"account-language-problem\"");
                assertThat(Http.setCookie(bad, LANG_COOKIE)).isNull();
                assertThat(world.app().accounts().byEmail("kim@example.org").language()).isNull();

                HttpResponse<String> inRussian = http.post("/account/language?lang=ru", form("csrf", me.csrf(), "language", "<script>"),
                        "Cookie", me.cookie());
                assertThat(inRussian.statusCode()).isEqualTo(400);
                assertThat(inRussian.body()).contains("«&lt;script&gt;» — не один из шести языков").doesNotContain("<script>»");
            });
        }
    }

    @Test
    void the_language_form_needs_the_pages_csrf_token_and_a_signed_in_person() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn me = SignedIn.as(world.app(), http, "lee@example.org", Role.RESEARCHER);
                HttpResponse<String> forged = http.post("/account/language", form("language", "fr"), "Cookie", me.cookie());
                assertThat(forged.statusCode()).isEqualTo(403);
                assertThat(world.app().accounts().byEmail("lee@example.org").language()).isNull();
                HttpResponse<String> nobody = http.post("/account/language", form("language", "fr"));
                assertThat(nobody.statusCode()).isIn(401, 403);
            });
        }
    }
}
