package org.upright.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.recommendation.Recommendation;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/** Repeats over HTTP: the API's earlier and later lists, the chain on the recommendation page, editors deciding. */
class RepeatRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static TestWorld world;
    static Recommendation y2008;
    static Recommendation y2012;
    static Recommendation y2017;

    @BeforeAll
    static void linked() throws Exception {
        world = RepeatsTest.withEarlierAndLaterReviews(dir);
        world.app().repeats().linkAll(done -> { });
        RepeatsTest.world = world;
        y2008 = RepeatsTest.of("DZA", 1, RepeatsTest.ROME);
        y2012 = RepeatsTest.of("DZA", 13, RepeatsTest.ROME);
        y2017 = RepeatsTest.of("DZA", 27, RepeatsTest.ROME + " without delay");
    }

    @AfterAll
    static void close() {
        world.close();
    }

    private static String token(String email, Role role) {
        if (world.app().accounts().find(email).isEmpty()) world.app().accounts().add(Viewer.cli(), email, role, SignedIn.PASSWORD);
        return "Bearer " + world.app().accounts().createTokenFor(Viewer.cli(), email, "test").secret();
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }

    @Test
    void the_api_lists_earlier_and_later_repeats_with_session_cycle_and_score_and_the_chain() throws Exception {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            HttpResponse<String> answer = http.get("/api/v1/recommendations/" + y2012.id() + "/repeats");
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode body = json(answer);
            assertThat(body.path("earlier")).hasSize(1);
            JsonNode earlier = body.path("earlier").get(0);
            assertThat(earlier.path("id").asLong()).isEqualTo(y2008.id().value());
            assertThat(earlier.path("session").asInt()).isEqualTo(1);
            assertThat(earlier.path("cycle").asInt()).isEqualTo(1);
            assertThat(earlier.path("score").asDouble()).isBetween(0.9, 1.0);
            assertThat(body.path("later").findValues("id")).extracting(JsonNode::asLong).contains(y2017.id().value());
            assertThat(body.path("chain").path("sentence").asText()).isEqualTo("Recommended in 2008, 2012 and 2017; noted three times; still open.");
            assertThat(body.path("chain").path("steps")).hasSize(3);
        });
    }

    @Test
    void the_recommendation_page_loads_the_chain_and_the_fragment_is_only_the_section() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            assertThat(http.get("/recommendations/" + y2012.id()).body()).contains("hx-get=\"/recommendations/" + y2012.id() + "/repeats\"");
            String page = http.get("/recommendations/" + y2012.id() + "/repeats").body();
            assertThat(page).contains("<html", "Recommended in 2008, 2012 and 2017; noted three times; still open.", "It repeats",
                    "Repeated by", "Session 1 (2008, cycle 1)").doesNotContain("Confirm: the same demand");
            String fragment = http.get("/recommendations/" + y2012.id() + "/repeats", "HX-Request", "true").body();
            assertThat(fragment.strip()).startsWith("<h2 id=\"repeats-h\">Repeated across cycles</h2>").doesNotContain("<html");
        });
    }

    @Test
    void unknown_recommendations_answer_404_and_researchers_and_the_public_may_not_decide() throws Exception {
        String url = "/api/v1/recommendations/" + y2017.id() + "/repeats/" + y2012.id();
        String researcher = token("repeat-researcher@example.org", Role.RESEARCHER);
        String editor = token("repeat-editor@example.org", Role.EDITOR);
        var before = world.app().repeats().link(y2017.id(), y2012.id()).orElseThrow().decision();
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            assertThat(http.get("/api/v1/recommendations/99999999/repeats").statusCode()).isEqualTo(404);
            assertThat(http.get("/recommendations/99999999/repeats").statusCode()).isEqualTo(404);
            assertThat(http.get("/api/v1/recommendations/abc/repeats").statusCode()).isEqualTo(400);
            assertThat(http.postJson(url, "{\"decision\": \"confirm\"}").statusCode()).isEqualTo(401);
            HttpResponse<String> refused = http.postJson(url, "{\"decision\": \"confirm\"}", "Authorization", researcher);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("editor");
            HttpResponse<String> noLink = http.postJson("/api/v1/recommendations/" + y2017.id() + "/repeats/99999999",
                    "{\"decision\": \"confirm\"}", "Authorization", editor);
            assertThat(noLink.statusCode()).isEqualTo(404);
            assertThat(noLink.body()).contains("has no link to an earlier recommendation 99999999");
            HttpResponse<String> badDecision = http.postJson(url, "{\"decision\": \"perhaps\"}", "Authorization", editor);
            assertThat(badDecision.statusCode()).isEqualTo(400);
            assertThat(badDecision.body()).contains("\\\"confirm\\\" or \\\"reject\\\"");
            assertThat(http.postJson(url, "[1]", "Authorization", editor).statusCode()).isEqualTo(400);
            assertThat(world.app().repeats().link(y2017.id(), y2012.id()).orElseThrow().decision()).isEqualTo(before);
        });
    }

    @Test
    void an_editor_confirms_over_the_api_and_rejects_on_the_page_and_the_page_says_who_decided() throws Exception {
        // the links of the 2008 call to ratify the CED, which the other tests leave alone
        Recommendation ced2008 = RepeatsTest.of("DZA", 1, RepeatsTest.CED);
        var later = world.app().repeats().repeats(Viewer.cli(), ced2008.id()).orElseThrow().later();
        assertThat(later).hasSizeGreaterThanOrEqualTo(2);
        String editor = token("repeat-editor2@example.org", Role.EDITOR);
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            HttpResponse<String> confirmed = http.postJson("/api/v1/recommendations/" + later.get(0).id() + "/repeats/" + ced2008.id(),
                    "{\"decision\": \"confirm\"}", "Authorization", editor);
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
            assertThat(json(confirmed).path("decision").asText()).isEqualTo("confirmed");
            assertThat(json(confirmed).path("decided_by").asText()).isEqualTo("repeat-editor2@example.org");

            SignedIn signedIn = SignedIn.as(world.app(), http, "page-editor@example.org", Role.EDITOR);
            String page = http.get("/recommendations/" + ced2008.id() + "/repeats", "Cookie", signedIn.cookie()).body();
            assertThat(page).contains("Confirm: the same demand", "confirmed by a person");
            HttpResponse<String> rejected = http.post("/recommendations/" + later.get(1).id() + "/repeats/" + ced2008.id(),
                    Http.form("csrf", signedIn.csrf(), "decision", "reject", "from", ced2008.id().toString()), "Cookie", signedIn.cookie());
            assertThat(rejected.statusCode()).isEqualTo(303);
            assertThat(Http.location(rejected)).isEqualTo("/recommendations/" + ced2008.id() + "#repeats");
            String after = http.get("/recommendations/" + ced2008.id() + "/repeats", "Cookie", signedIn.cookie()).body();
            assertThat(after).contains("Rejected links", "rejected by a person");
            assertThat(http.get("/recommendations/" + ced2008.id() + "/repeats").body()).doesNotContain("Rejected links");
        });
    }
}
