package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.cases.CaseForm;
import org.upright.cases.CaseId;
import org.upright.common.Language;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/**
 * The account, user, audit, case and classification-quality pages in each of the six languages: every one
 * answers, says its language in {@code <html lang>}, and shows its own words in it, not the English ones.
 */
class AccountAndCasePagesInSixLanguagesTest {
    @TempDir
    Path dir;

    /** Each page with a text of its own (the message key) that must appear in the page's language. */
    private static Map<String, String> pages(CaseId shown) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/account", "account.password.heading");
        pages.put("/admin/users", "users.invite");
        pages.put("/admin/audit", "audit.lead");
        pages.put("/cases", "cases.list.lead");
        pages.put("/cases/new", "cases.form.save");
        pages.put("/cases/" + shown.value(), "cases.sources.add");
        pages.put("/cases/" + shown.value() + "/delete", "cases.delete.submit");
        pages.put("/classification", "quality.lead");
        return pages;
    }

    @Test
    void every_page_answers_in_each_language_with_its_own_words() {
        try (TestWorld world = TestWorld.empty(dir)) {
            Viewer cli = Viewer.cli();
            CaseId shown = world.app().cases().create(cli, new CaseForm("Dana Example", "KAZ", "detained", "", "private"));
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn admin = SignedIn.as(world.app(), http, "admin@example.org", Role.ADMIN);
                for (Language language : Language.values()) {
                    String signIn = http.get("/sign-in?lang=" + language.code()).body();
                    assertThat(signIn).as("/sign-in in " + language).contains("<html lang=\"" + language.code() + "\"", words(language, "signin.lead"));
                    for (Map.Entry<String, String> page : pages(shown).entrySet()) {
                        HttpResponse<String> answer = http.get(page.getKey() + "?lang=" + language.code(), "Cookie", admin.cookie());
                        String where = page.getKey() + " in " + language;
                        assertThat(answer.statusCode()).as(where).isEqualTo(200);
                        assertThat(answer.body()).as(where).contains("<html lang=\"" + language.code() + "\" dir=\"" + language.direction() + "\"",
                                words(language, page.getValue()));
                        if (language != Language.EN) assertThat(answer.body()).as(where).doesNotContain(words(Language.EN, page.getValue()));
                    }
                }
            });
        }
    }

    @Test
    void french_and_russian_readers_see_their_words_on_the_case_and_account_pages() {
        try (TestWorld world = TestWorld.empty(dir)) {
            CaseId shown = world.app().cases().create(Viewer.cli(), new CaseForm("Dana Example", "KAZ", "detained", "", "private"));
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "editor@example.org", Role.EDITOR);
                String french = http.get("/cases/" + shown.value() + "?lang=fr", "Cookie", editor.cookie()).body();
                assertThat(french).contains("<h2 id=\"timeline-h\">Chronologie</h2>", "Ajouter la source", "<dt>Visibilité</dt><dd>privé")
                        .doesNotContain("Add the source", "Timeline");
                String russian = http.get("/account?lang=ru", "Cookie", editor.cookie()).body();
                assertThat(russian).contains("<h1>Ваша учётная запись</h1>", "Смена пароля", "Токены API", "роль <strong>редактор</strong>")
                        .doesNotContain("Change your password");
                String arabicDelete = http.get("/cases/" + shown.value() + "/delete?lang=ar", "Cookie", editor.cookie()).body();
                assertThat(arabicDelete).contains("<html lang=\"ar\" dir=\"rtl\">", "حذف قضية <bdi>Dana Example</bdi>؟", "تُحذف القضية مع تسلسلها الزمني (لا قيود)");
            });
        }
    }

    @Test
    void a_refused_form_tells_its_problem_in_the_readers_language_beside_the_field() {
        try (TestWorld world = TestWorld.empty(dir)) {
            CaseId shown = world.app().cases().create(Viewer.cli(), new CaseForm("Dana Example", "KAZ", "detained", "", "private"));
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "editor@example.org", Role.EDITOR);
                HttpResponse<String> russian = http.post("/cases/" + shown.value() + "/events?lang=ru",
                        Http.form("csrf", editor.csrf(), "date", "17.05.2024", "text", ""), "Cookie", editor.cookie());
                assertThat(russian.statusCode()).isEqualTo(400);
                assertThat(russian.body()).contains("id=\"event-date-problem\" role=\"alert\">запишите её как ГГГГ-ММ-ДД, например 2024-05-17, а не «17.05.2024».",
                        "id=\"event-text-problem\" role=\"alert\">напишите одно-два предложения.", "value=\"17.05.2024\"");
                HttpResponse<String> french = http.post("/account/password?lang=fr", Http.form("csrf", editor.csrf(), "current", "wrong",
                        "password", "a long new password", "again", "a long new password"), "Cookie", editor.cookie());
                assertThat(french.body()).contains("id=\"pw-current-problem\" role=\"alert\">Le mot de passe actuel n'est pas le bon");
                assertThat(world.app().accounts().byEmail("editor@example.org").language()).as("a form sent with ?lang leaves the account as it was").isNull();
            });
        }
    }

    private static String words(Language language, String key) {
        return Messages.bundled().format(language, key);
    }
}
