package org.upright.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.web.Http.form;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/** Case pages over HTTP: editors create them, the public never learns of a private one anywhere. */
class CaseRoutesTest {
    static final String SECRET = "Zhanna Privatnaya";

    @TempDir
    Path dir;

    @Test
    void an_editor_creates_a_case_through_the_form_and_the_public_never_sees_it_while_it_is_private() {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                HttpResponse<String> created = http.post("/cases", form("csrf", editor.csrf(), "name", SECRET, "state", "KAZ",
                        "status", "detained", "summary", "Held since the January protests; torture alleged", "visibility", ""),
                        "Cookie", editor.cookie());
                assertThat(created.statusCode()).isEqualTo(303);
                String url = Http.location(created);
                assertThat(url).matches("/cases/\\d+");
                String page = http.get(url, "Cookie", editor.cookie()).body();
                assertThat(page).contains(SECRET, "private", "Held since the January protests");

                SignedIn researcher = SignedIn.as(world.app(), http, "re@example.org", Role.RESEARCHER);
                assertThat(http.get(url, "Cookie", researcher.cookie()).body()).contains(SECRET);
                assertThat(http.get("/cases?q=privatnaya", "Cookie", researcher.cookie()).body()).contains(SECRET);
                assertThat(http.get("/search?q=privatnaya+torture", "Cookie", researcher.cookie()).body()).contains("Cases holding these words", SECRET);

                // the public: not on its page, not in lists, the API, search, facets, suggestions or exports
                assertThat(http.get(url).statusCode()).isEqualTo(404);
                assertThat(http.get(url + "/edit").statusCode()).isIn(401, 403, 303);
                for (String path : List.of("/cases", "/cases?q=Privatnaya", "/cases?sur=KAZ", "/api/v1/cases", "/api/v1/cases?q=Privatnaya",
                        "/search?q=Privatnaya", "/search?q=torture", "/api/v1/search?q=Privatnaya", "/api/v1/search/suggest?q=Privat",
                        "/search/export.csv?q=Privatnaya", "/search/export.json?q=torture", "/api/v1/search/export?format=json&q=torture",
                        "/states/KAZ", "/")) {
                    HttpResponse<String> answer = http.get(path);
                    assertThat(answer.statusCode()).as(path).isLessThan(500);
                    assertThat(answer.body()).as(path).doesNotContain("Zhanna").doesNotContain("January protests");
                }
                assertThat(http.get("/api/v1" + url).statusCode()).isEqualTo(404);
            });
        }
    }

    @Test
    void a_public_case_shows_its_public_sources_only_and_its_linked_recommendations() {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            CaseId id = world.app().cases().create(CaseServiceTest.EDITOR, new CaseForm("Ihar Public", "DZA", "sentenced", "Sentenced in 2021", "public"));
            var rec = world.recommendation(TestWorld.ROME_STATUTE).id();
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                String url = "/cases/" + id;
                assertThat(http.post(url + "/sources", form("csrf", editor.csrf(), "name", "Cellmate K.", "note", "met in prison", "visibility", "private"),
                        "Cookie", editor.cookie()).statusCode()).isEqualTo(303);
                assertThat(http.post(url + "/sources", form("csrf", editor.csrf(), "name", "Press release of 3 May", "note", "", "visibility", "public"),
                        "Cookie", editor.cookie()).statusCode()).isEqualTo(303);
                assertThat(http.post(url + "/events", form("csrf", editor.csrf(), "date", "2021-05-03", "text", "Sentenced to 6 years"),
                        "Cookie", editor.cookie()).statusCode()).isEqualTo(303);
                assertThat(http.post(url + "/recommendations", form("csrf", editor.csrf(), "recommendation", "/recommendations/" + rec.value()),
                        "Cookie", editor.cookie()).statusCode()).isEqualTo(303);

                String publicPage = http.get(url).body();
                assertThat(publicPage).contains("Ihar Public", "Press release of 3 May", "Sentenced to 6 years", "Rome Statute")
                        .doesNotContain("Cellmate K.");
                assertThat(http.get("/api/v1" + url).body()).contains("Press release of 3 May").doesNotContain("Cellmate");
                assertThat(http.get(url, "Cookie", editor.cookie()).body()).contains("Cellmate K.");
            });
        }
    }

    @Test
    void changes_need_an_editor_and_a_csrf_token_and_bad_input_is_told_field_by_field() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn researcher = SignedIn.as(world.app(), http, "re@example.org", Role.RESEARCHER);
                assertThat(http.post("/cases", form("csrf", researcher.csrf(), "name", "X", "state", "KAZ"), "Cookie", researcher.cookie())
                        .statusCode()).isEqualTo(403);
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                assertThat(http.post("/cases", form("csrf", "wrong", "name", "X", "state", "KAZ"), "Cookie", editor.cookie())
                        .statusCode()).isEqualTo(403);
                HttpResponse<String> bad = http.post("/cases", form("csrf", editor.csrf(), "name", "<script>alert(1)</script>", "state", "Atlantis",
                        "visibility", "secret"), "Cookie", editor.cookie());
                assertThat(bad.statusCode()).isEqualTo(400);
                // each problem beside its field, what was typed kept (escaped)
                assertThat(bad.body()).contains("id=\"case-state-problem\" role=\"alert\">no state is called ",
                                "id=\"case-visibility-problem\" role=\"alert\">public or private", "value=\"Atlantis\" selected")
                        .doesNotContain("<script>alert(1)</script>").contains("value=\"&lt;script>alert(1)&lt;/script>\"");
                assertThat(world.app().cases().count(CaseServiceTest.EDITOR, null)).isZero();
                assertThat(http.get("/cases/abc").statusCode()).isEqualTo(400);
                assertThat(http.get("/cases?sur=Atlantis").statusCode()).isEqualTo(400);
            });
        }
    }
}
