package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.common.Visibility;
import org.upright.document.Upload;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/**
 * Documents are found by their words on the search page's documents tab and in the API, with the matched words
 * marked, and only by readers who may see them: the Kazakhstan release is private (an editor's upload), the Human
 * Rights Watch news item public.
 */
class DocumentSearchTest {
    static final Path RELEASE = Path.of("../shared/data/press/kazakhstan-upr-2019-press-release.txt");
    static final Path HRW = Path.of("src/test/resources/evidence/hrw-2020-iraq-hong-kong.txt");
    static final Viewer EDITOR = new Viewer(3L, "editor@example.org", Role.EDITOR, "127.0.0.1");

    @TempDir
    Path dir;

    private static JsonNode json(HttpResponse<String> answer) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
    }

    /** Adds the private release and the public news item; answers the release's number. */
    private static long addBoth(TestWorld world) throws IOException {
        world.app().search().awaitChanges();
        long release = world.app().documents().add(EDITOR, Upload.of("release.txt", Files.readAllBytes(RELEASE)), null).document().id().value();
        world.app().documents().add(EDITOR, new Upload("hrw.txt", Files.readAllBytes(HRW), "public", "Human Rights Watch", null, null, null), null);
        return release;
    }

    @Test
    void a_private_document_is_found_by_researchers_and_editors_and_never_by_the_public() throws IOException {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            long release = addBoth(world);
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn researcher = SignedIn.as(world.app(), http, "re@example.org", Role.RESEARCHER);
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                for (SignedIn reader : new SignedIn[] {researcher, editor}) {
                    String page = http.get("/search?kind=documents&q=Bokaev", "Cookie", reader.cookie()).body();
                    assertThat(page).as(reader.email()).contains("1 document", "<mark>Bokaev</mark>", "private");
                    JsonNode api = json(http.get("/api/v1/search?kind=documents&q=Bokaev", "Cookie", reader.cookie()));
                    assertThat(api.path("total").asLong()).isEqualTo(1);
                    assertThat(api.path("items").get(0).path("visibility").asText()).isEqualTo("private");
                    assertThat(api.path("items").get(0).path("passages").asText()).contains("<mark>Bokaev</mark>");
                }
                // the public: no hit, no count, no passage, on the page or in the API, whatever the words
                for (String q : new String[] {"Bokaev", "Kazakhstan", "sur:KAZ", ""}) {
                    String page = http.get("/search?kind=documents&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).body();
                    assertThat(page).as(q).doesNotContain("href=\"/documents/" + release + "\"").doesNotContain("Tokaev");
                    JsonNode api = json(http.get("/api/v1/search?kind=documents&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)));
                    assertThat(api.path("items").findValuesAsText("id")).as(q).doesNotContain(Long.toString(release));
                    assertThat(api.path("items").toString()).as(q).doesNotContain("Tokaev");
                    assertThat(api.path("items").findValuesAsText("visibility")).as(q).allMatch("public"::equals);
                }
            });
        }
    }

    @Test
    void a_public_document_is_found_by_anyone_with_its_matching_words_marked_and_the_tab_keeps_the_words() throws IOException {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            addBoth(world);
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                String page = http.get("/search?kind=documents&q=%22hong+kong%22+democracy").body();
                assertThat(page).contains("1 document", "<mark>Hong Kong</mark>", "Human Rights Watch", "<mark>Democracy</mark>");
                assertThat(page).contains("aria-current=\"page\">Documents").contains("href=\"/search?q=%22hong+kong%22+democracy\"");
                // the recommendations tab links to the documents tab with the same words
                assertThat(http.get("/search?q=torture").body()).contains("href=\"/search?q=torture&amp;kind=documents\"");
                // htmx paging asks for the results only
                String fragment = http.get("/search?kind=documents&q=democracy", "HX-Request", "true").body();
                assertThat(fragment).startsWith("<section id=\"document-results\"").doesNotContain("<html");
            });
        }
    }

    @Test
    void sur_narrows_to_the_documents_about_a_state_and_other_fields_are_left_out_with_a_notice() throws IOException {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            addBoth(world);
            DocumentSearch search = world.app().documentSearch();
            var all = search.search("", java.util.EnumSet.allOf(Visibility.class), null, 1, 20);
            assertThat(all.total()).isEqualTo(2);
            var kaz = search.search("sur:KAZ", java.util.EnumSet.allOf(Visibility.class), null, 1, 20);
            assertThat(kaz.hits()).extracting(DocumentSearch.Hit::state).containsExactly("KAZ");
            var fielded = search.search("response:noted democracy", java.util.EnumSet.allOf(Visibility.class), null, 1, 20);
            assertThat(fielded.notices()).singleElement().asString().contains("response:noted", "sur:");
            assertThat(fielded.total()).isEqualTo(1);
            assertThat(search.search("tokaev OR \"hong kong\"", java.util.EnumSet.allOf(Visibility.class), null, 1, 20).total()).isEqualTo(2);
            assertThat(search.search("tokaev AND \"hong kong\"", java.util.EnumSet.allOf(Visibility.class), null, 1, 20).total()).isZero();
            assertThat(search.search("democracy NOT kong", java.util.EnumSet.allOf(Visibility.class), null, 1, 20).hits())
                    .allSatisfy(h -> assertThat(h.state()).isEqualTo("KAZ"));
        }
    }

    @Test
    void the_index_is_filled_again_from_the_record_when_the_app_starts() throws IOException {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            addBoth(world);
        }
        try (TestWorld again = TestWorld.reopen(dir)) {
            var found = again.app().documentSearch().search("Baltabay", java.util.EnumSet.allOf(Visibility.class), null, 1, 20);
            assertThat(found.total()).isEqualTo(1);
            assertThat(found.hits().getFirst().passages()).contains("<mark>Baltabay</mark>");
        }
    }

    @Test
    void a_bad_page_size_or_state_answers_400_naming_what_was_wrong() throws IOException {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                // any other kind is the recommendations' filter, as before
                assertThat(http.get("/api/v1/search?kind=pledge&q=x").statusCode()).isEqualTo(200);
                assertThat(http.get("/api/v1/search?kind=cases&q=x").statusCode()).isEqualTo(400);
                HttpResponse<String> state = http.get("/search?kind=documents&q=water&sur=Atlantis");
                assertThat(state.statusCode()).isEqualTo(400);
                assertThat(state.body()).contains("id=\"q-problem\"", "Atlantis", "value=\"water\"");
                assertThat(http.get("/api/v1/search?kind=documents&page=0").body()).contains("page must be 1 or more");
                assertThat(http.get("/api/v1/search?kind=documents&size=1000").body()).contains("size must be between 1 and 100");
                assertThat(http.get("/api/v1/search?kind=documents&page=x").body()).contains("page must be a whole number");
            });
        }
    }
}
