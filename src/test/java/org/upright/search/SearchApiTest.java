package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.upright.TestWorld;
import org.upright.web.JsonAnswer;

class SearchApiTest {
    @TempDir
    static Path dir;
    static TestWorld world;

    @BeforeAll
    static void world() {
        world = TestWorld.withRealExtracts(dir);
        world.app().search().awaitChanges();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    private static JsonNode get(HttpClient client, String path) {
        var response = client.get(path);
        assertThat(response.code()).as(path).isEqualTo(200);
        assertThat(response.headers().get("Content-Type").getFirst()).startsWith("application/json");
        return JsonAnswer.of(response);
    }

    private static List<String> keys(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void a_search_answers_a_page_of_hits_with_every_field_and_the_facets() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode result = get(client, "/api/v1/search?q=Rome+Statute&sur=DZA&rs=SVK");
            assertThat(keys(result)).containsExactly("total", "page", "size", "query", "notices", "did_you_mean", "hits", "facets");
            assertThat(result.path("page").asInt()).isEqualTo(1);
            assertThat(result.path("size").asInt()).isEqualTo(20);
            assertThat(result.path("notices").isArray()).isTrue();
            assertThat(result.path("did_you_mean").isNull()).isTrue();
            JsonNode hit = result.path("hits").get(0);
            assertThat(keys(hit)).containsExactly("id", "text", "highlighted", "state_under_review", "recommending_states",
                    "response", "session", "cycle", "year", "pledge", "action_category", "labels", "url");
            assertThat(hit.path("text").asText()).isEqualTo(TestWorld.ROME_STATUTE);
            assertThat(hit.path("highlighted").asText()).contains("<mark>Rome</mark>");
            assertThat(hit.path("state_under_review").toString()).isEqualTo("{\"code\":\"DZA\",\"name\":\"Algeria\"}");
            assertThat(hit.path("recommending_states").get(0).path("name").asText()).isEqualTo("Slovakia");
            assertThat(hit.path("response").asText()).isEqualTo("Noted");
            assertThat(hit.path("session").asInt()).isEqualTo(13);
            assertThat(hit.path("cycle").asInt()).isEqualTo(2);
            assertThat(hit.path("year").asInt()).isEqualTo(2012);
            assertThat(hit.path("action_category").asInt()).isEqualTo(5);
            assertThat(hit.path("labels").get(0).toString())
                    .isEqualTo("{\"kind\":\"issue\",\"value\":\"International instruments\",\"origin\":\"source\"}");
            assertThat(hit.path("url").asText()).isEqualTo("/recommendations/" + hit.path("id").asLong());
            JsonNode sur = result.path("facets").path("sur").get(0);
            assertThat(sur.toString()).isEqualTo("{\"value\":\"DZA\",\"count\":" + result.path("total").asInt()
                    + ",\"label\":\"Algeria\",\"selected\":true}");
        });
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sur=DZA                                  | 31
            sur=Algeria                              | 31
            sur=DZA&sur=KAZ                          | 225
            sur=DZA,KAZ                              | 225
            sur=Algeria,%20Kazakhstan                | 225
            sur=DZA&response=Noted                   | 28
            sur=DZA&response=noted,supported         | 31
            sur=DZA&response=noted&response=accepted | 31
            sur=KAZ&response=noted                   | 51
            sur=KAZ&rs=Algeria                       | 2
            rs=DZA&cycle=2                           | 2
            session=20                               | 194
            session=13,20                            | 225
            sur_group=Africa                         | 31
            kind=pledge                              | 0
            kind=recommendation&sur=DZA              | 31
            """)
    void filters_narrow_the_hits_several_values_of_one_ored_and_different_ones_anded(String query, int total) {
        JavalinTest.test(world.app().web(), (server, client) ->
                assertThat(get(client, "/api/v1/search?" + query).path("total").asInt()).isEqualTo(total));
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            List<Long> all = ids(get(client, "/api/v1/search?sur=DZA&sort=session&size=100").path("hits"));
            List<Long> paged = new ArrayList<>();
            for (int p = 1; p <= 4; p++) paged.addAll(ids(get(client, "/api/v1/search?sur=DZA&sort=session&size=10&page=" + p).path("hits")));
            assertThat(all).hasSize(31).doesNotHaveDuplicates();
            assertThat(paged).isEqualTo(all);
        });
    }

    private static List<Long> ids(JsonNode hits) {
        List<Long> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.path("id").asLong()));
        return ids;
    }

    @Test
    void the_matched_terms_come_only_when_asked_for() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            assertThat(get(client, "/api/v1/search?q=torture").path("hits").get(0).has("explanation")).isFalse();
            JsonNode why = get(client, "/api/v1/search?q=torture&explain=true").path("hits").get(0).path("explanation");
            assertThat(why.isArray()).isTrue();
            assertThat(keys(why.get(0))).containsExactly("field", "query_word", "indexed", "found");
            assertThat(why.get(0).path("query_word").asText()).isEqualTo("torture");
        });
    }

    @ParameterizedTest(name = "{0} is a 400 that says: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            colour=red            | There is no filter 'colour'
            sur=Atlantis          | sur: no state is known by the code or name 'Atlantis'
            rs=France,Atlantis    | rs: no state is known by the code or name 'Atlantis'
            page=x                | page must be a whole number, not 'x'
            page=0                | page counts pages from 1, so it cannot be 0
            page=99999999         | 10,000
            size=501              | size must be between 1 and 500, not 501
            sort=alphabet         | sort must be relevance, session or state, not 'alphabet'
            explain=maybe         | explain must be true or false, not 'maybe'
            cycle=seven           | cycle
            response=maybe        | response
            facet_limit=0         | facet_limit must be between 1 and 1000, not 0
            facet_limit=many      | facet_limit must be a whole number, not 'many'
            """)
    void bad_input_is_a_400_with_a_message_that_names_it(String query, String message) {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/api/v1/search?" + query);
            assertThat(response.code()).isEqualTo(400);
            JsonNode error = JsonAnswer.of(response).path("error");
            assertThat(error.path("status").asInt()).isEqualTo(400);
            assertThat(error.path("message").asText()).contains(message);
        });
    }

    static Stream<String> brokenQueries() {
        return Stream.of("\"peaceful assembly", "peaceful assembly\"", "(torture OR detention", "torture)", "((((((",
                "AND", "OR", "NOT", "-", "torture AND", "OR torture", "NOT NOT NOT", "torture AND OR NOT detention",
                "colour:red torture", "sur:", "sur:Atlantis torture", ":", "*", "a*", "?", "*:*", "\\", "\"\"", "()",
                "word ".repeat(2_000), "x".repeat(10_000), "\u0000\u0007", "التعذيب", "пытки", "<script>alert(1)</script>");
    }

    @ParameterizedTest
    @MethodSource("brokenQueries")
    void a_broken_query_answers_with_notices_or_a_message_never_a_server_error(String q) {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(response.code()).as(q).isIn(200, 400);
            JsonNode body = JsonAnswer.of(response);
            if (response.code() == 400) assertThat(body.path("error").path("message").asText()).isNotBlank();
            else assertThat(body.path("total").isNumber()).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource({"\"peaceful assembly", "(torture OR detention", "colour:red torture", "torture AND", "OR", "*", "a*", "to*ure"})
    void a_query_repaired_says_so_in_a_notice(String q) {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode result = get(client, "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(result.path("notices").size()).as(q).isPositive();
        });
    }

    @Test
    void a_ten_thousand_character_query_is_cut_and_says_so() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode result = get(client, "/api/v1/search?q=" + "torture+".repeat(1_250));
            assertThat(result.path("notices").toString()).contains("characters");
        });
    }

    @Test
    void suggestions_complete_a_state_name_to_a_field() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode list = get(client, "/api/v1/search/suggest?q=torture%20kazak");
            assertThat(list.path("total").asInt()).isPositive();
            JsonNode first = list.path("items").get(0);
            assertThat(keys(first)).containsExactly("label", "kind", "insert", "query");
            assertThat(list.path("items").toString()).contains("\"insert\":\"sur:KAZ\"", "\"query\":\"torture sur:KAZ\"");
            assertThat(get(client, "/api/v1/search/suggest").path("total").asInt()).isZero();
        });
    }

    @Test
    void similar_recommendations_leave_the_one_asked_about_out() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            long id = world.recommendation(TestWorld.ROME_STATUTE).id().value();
            JsonNode similar = get(client, "/api/v1/recommendations/" + id + "/similar?size=5");
            assertThat(similar.path("total").asInt()).isBetween(1, 5);
            assertThat(ids(similar.path("items"))).doesNotContain(id);
            assertThat(similar.path("items").get(0).path("text").asText()).containsIgnoringCase("Rome Statute");
            var missing = client.get("/api/v1/recommendations/424242/similar");
            assertThat(missing.code()).isEqualTo(404);
            assertThat(JsonAnswer.of(missing).path("error").path("message").asText()).isEqualTo("No recommendation has the id 424242.");
        });
    }

    @Test
    void facet_limit_keeps_each_facets_most_frequent_values_and_those_in_use() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode all = get(client, "/api/v1/search?q=torture").path("facets");
            JsonNode two = get(client, "/api/v1/search?q=torture&facet_limit=2&rs=SVK").path("facets");
            assertThat(all.path("rs").size()).isGreaterThan(3);
            List<String> kept = two.path("rs").valueStream().map(v -> v.path("value").asText()).toList();
            assertThat(kept).hasSize(3).contains("SVK")
                    .contains(all.path("rs").get(0).path("value").asText(), all.path("rs").get(1).path("value").asText());
            all.properties().forEach(f -> assertThat(two.path(f.getKey()).size()).as(f.getKey()).isLessThanOrEqualTo(3));
        });
    }
}
