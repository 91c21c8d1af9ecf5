package org.upright.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.web.Http.form;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.TestWorld;
import org.upright.audit.AuditFilter;
import org.upright.common.PageRequest;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.recommendation.RecommendationId;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/**
 * What editors do on a case's page: forms that come back with the problem beside the field and what was typed,
 * a recommendation picked by its words, a case deleted after a confirm step; and what everyone finds: names in
 * any script, and linked cases on the recommendation's and the state's page for those allowed to see them.
 */
class CaseFormsTest extends RealExtractsTest {
    private static final Viewer EDITOR = CaseServiceTest.EDITOR;
    private static final Viewer PUBLIC = Viewer.anonymous("127.0.0.1");

    private static CaseId newCase(String name, String state, String visibility) {
        return world.app().cases().create(EDITOR, new CaseForm(name, state, "detained", "", visibility));
    }

    @Test
    void a_bad_timeline_date_comes_back_beside_the_date_field_with_what_was_typed() {
        CaseId id = newCase("Asel Datebad", "KAZ", "private");
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn editor = SignedIn.as(world.app(), http, "dates@example.org", Role.EDITOR);
            HttpResponse<String> bad = http.post("/cases/" + id + "/events",
                    form("csrf", editor.csrf(), "date", "17/05/2024", "text", "Detained at the Almaty protest"), "Cookie", editor.cookie());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("Asel Datebad", "type=\"date\"", "value=\"17/05/2024\"",
                            "id=\"event-date-problem\" role=\"alert\">write it as YYYY-MM-DD", ">Detained at the Almaty protest</textarea>")
                    .doesNotContain("That request cannot be answered");
            assertThat(world.app().cases().detail(EDITOR, id).orElseThrow().timeline()).isEmpty();

            HttpResponse<String> noSource = http.post("/cases/" + id + "/sources",
                    form("csrf", editor.csrf(), "name", " ", "note", "a cellmate's letter", "visibility", "public"), "Cookie", editor.cookie());
            assertThat(noSource.statusCode()).isEqualTo(400);
            assertThat(noSource.body()).contains("id=\"source-name-problem\" role=\"alert\">name the person", "value=\"a cellmate&#39;s letter\"",
                    "<option value=\"public\" selected>");
        });
    }

    @Test
    void a_recommendation_is_linked_by_choosing_among_those_its_words_find_with_or_without_javascript() {
        world.app().search().awaitChanges();
        CaseId id = newCase("Karim Linkpicker", "DZA", "private");
        RecommendationId rome = world.recommendation(TestWorld.ROME_STATUTE).id();
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn editor = SignedIn.as(world.app(), http, "picker@example.org", Role.EDITOR);
            String url = "/cases/" + id;
            // without JavaScript: the words are sent, the page comes back with the recommendations they find to choose from
            HttpResponse<String> typed = http.post(url + "/recommendations", form("csrf", editor.csrf(), "find", "Rome Statute"), "Cookie", editor.cookie());
            assertThat(typed.statusCode()).isEqualTo(303);
            assertThat(Http.location(typed)).isEqualTo(url + "?find=Rome+Statute#recommendations");
            String choosing = http.get(url + "?find=Rome+Statute", "Cookie", editor.cookie()).body();
            assertThat(choosing).contains("name=\"recommendation\" value=\"" + rome.value() + "\"", "value=\"Rome Statute\"");
            // with htmx: only the suggestions, swapped in as the editor types
            String fragment = http.get(url + "?find=Rome+Statute", "Cookie", editor.cookie(), "HX-Request", "true", "HX-Target", "rec-choices").body();
            assertThat(fragment.strip()).startsWith("<div id=\"rec-choices\"").contains("value=\"" + rome.value() + "\"").doesNotContain("<html");
            // choosing one links it
            HttpResponse<String> chosen = http.post(url + "/recommendations",
                    form("csrf", editor.csrf(), "find", "Rome Statute", "recommendation", Long.toString(rome.value())), "Cookie", editor.cookie());
            assertThat(chosen.statusCode()).isEqualTo(303);
            assertThat(world.app().cases().detail(EDITOR, id).orElseThrow().recommendations()).containsExactly(rome);
            // a number the record does not hold, or nothing at all, comes back beside the field
            HttpResponse<String> unknown = http.post(url + "/recommendations", form("csrf", editor.csrf(), "find", "/recommendations/99999999"),
                    "Cookie", editor.cookie());
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("id=\"link-problem\" role=\"alert\">the record holds no recommendation 99999999",
                    "value=\"/recommendations/99999999\"");
            HttpResponse<String> nothing = http.post(url + "/recommendations", form("csrf", editor.csrf(), "find", ""), "Cookie", editor.cookie());
            assertThat(nothing.statusCode()).isEqualTo(400);
            assertThat(nothing.body()).contains("id=\"link-problem\" role=\"alert\">type some of its words");
            // the public never gets the picker
            assertThat(http.get(url + "?find=Rome+Statute").statusCode()).isEqualTo(404);
        });
    }

    @Test
    void a_case_is_deleted_after_a_confirm_step_by_the_page_or_the_api_and_the_audit_log_keeps_what_it_was() throws Exception {
        CaseId byPage = newCase("Dana Deleted", "KAZ", "public");
        world.app().cases().addEvent(EDITOR, byPage, "2024-01-05", "Arrested");
        CaseId byApi = newCase("Erlan Apideleted", "KAZ", "public");
        world.app().accounts().add(Viewer.cli(), "script-editor@example.org", Role.EDITOR, SignedIn.PASSWORD);
        world.app().accounts().add(Viewer.cli(), "script-reader@example.org", Role.RESEARCHER, SignedIn.PASSWORD);
        String editorToken = world.app().accounts().createTokenFor(Viewer.cli(), "script-editor@example.org", "cleanup").secret();
        String readerToken = world.app().accounts().createTokenFor(Viewer.cli(), "script-reader@example.org", "reader").secret();
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn editor = SignedIn.as(world.app(), http, "deleter@example.org", Role.EDITOR);
            String url = "/cases/" + byPage;
            assertThat(http.get(url, "Cookie", editor.cookie()).body()).contains("href=\"" + url + "/delete\"");
            String confirm = http.get(url + "/delete", "Cookie", editor.cookie()).body();
            assertThat(confirm).contains("Delete the case of <bdi>Dana Deleted</bdi>?", "timeline (1 entry)", "action=\"" + url + "/delete\"");
            HttpResponse<String> deleted = http.post(url + "/delete", form("csrf", editor.csrf()), "Cookie", editor.cookie());
            assertThat(deleted.statusCode()).isEqualTo(303);
            assertThat(Http.location(deleted)).isEqualTo("/cases");
            assertThat(http.get(url).statusCode()).isEqualTo(404);
            var row = world.app().audit().find(new AuditFilter(null, "case.delete", null, null, null), new PageRequest(1, 1)).items().getFirst();
            assertThat(row.actor()).isEqualTo("deleter@example.org");
            assertThat(row.before()).contains("Dana Deleted", "\"timeline\":1");

            HttpClient raw = HttpClient.newHttpClient();
            String api = "http://localhost:" + server.port() + "/api/v1/cases/" + byApi;
            assertThat(raw.send(HttpRequest.newBuilder(URI.create(api)).DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isIn(401, 403);
            assertThat(raw.send(HttpRequest.newBuilder(URI.create(api)).DELETE().header("Authorization", "Bearer " + readerToken).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
            assertThat(world.app().cases().find(EDITOR, byApi)).isPresent();
            assertThat(raw.send(HttpRequest.newBuilder(URI.create(api)).DELETE().header("Authorization", "Bearer " + editorToken).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
            assertThat(world.app().cases().find(EDITOR, byApi)).isEmpty();
            assertThat(raw.send(HttpRequest.newBuilder(URI.create(api)).DELETE().header("Authorization", "Bearer " + editorToken).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        });
    }

    @Test
    void case_search_finds_names_in_any_script_whatever_their_case_accents_or_vowel_signs() {
        CaseId cyrillic = newCase("Бауыржан Ержан", "KAZ", "public");
        CaseId arabic = newCase("مُحَمَّد عَلِي", "DZA", "public");
        CaseId chinese = newCase("王小明", "CHN", "public");
        CaseId latin = newCase("Nurlán Škoda", "KAZ", "public");
        for (String query : List.of("Ержан", "ержан", "ЕРЖАН", "бауыржан ержан")) {
            assertThat(world.app().cases().find(PUBLIC, null, query, 10)).as(query).extracting(Case::id).containsExactly(cyrillic);
        }
        assertThat(world.app().cases().find(PUBLIC, null, "محمد", 10)).extracting(Case::id).containsExactly(arabic);
        assertThat(world.app().cases().find(PUBLIC, null, "小明", 10)).extracting(Case::id).containsExactly(chinese);
        assertThat(world.app().cases().find(PUBLIC, null, "王", 10)).extracting(Case::id).containsExactly(chinese);
        assertThat(world.app().cases().find(PUBLIC, null, "nurlan skoda", 10)).extracting(Case::id).containsExactly(latin);
        assertThat(world.app().cases().find(PUBLIC, null, "Ержанов", 10)).isEmpty();
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            assertThat(http.get("/cases?q=%D0%95%D1%80%D0%B6%D0%B0%D0%BD").body()).contains("Бауыржан Ержан");
            assertThat(http.get("/api/v1/cases?q=%E5%B0%8F%E6%98%8E").body()).contains("王小明");
        });
    }

    @Test
    void a_linked_case_shows_on_its_recommendations_page_and_its_states_page_but_a_private_one_never_to_the_public() {
        RecommendationId rome = world.recommendation(TestWorld.ROME_STATUTE).id();
        CaseId secret = newCase("Samira Hiddenlink", "DZA", "private");
        CaseId open = newCase("Yacine Openlink", "FRA", "public");
        world.app().cases().link(EDITOR, secret, rome);
        world.app().cases().link(EDITOR, open, rome);
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn researcher = SignedIn.as(world.app(), http, "reader@example.org", Role.RESEARCHER);
            for (String page : List.of("/recommendations/" + rome.value(), "/states/DZA")) {
                assertThat(http.get(page, "Cookie", researcher.cookie()).body()).as(page).contains("Samira Hiddenlink", "Yacine Openlink");
                assertThat(http.get(page).body()).as(page).contains("Yacine Openlink").doesNotContain("Samira", "Hiddenlink");
            }
            // a case about another state shows on the state page of the recommendation it bears on, and names its state
            assertThat(http.get("/states/DZA").body()).contains("detained · France");
            assertThat(http.get("/states/FRA").body()).contains("Yacine Openlink");
        });
    }
}
