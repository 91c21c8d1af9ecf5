package org.upright.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.RealExtractsTest;
import org.upright.TestWorld;
import org.upright.web.JsonAnswer;

class RecommendationApiTest extends RealExtractsTest {
    private static JsonNode get(HttpClient client, String path) {
        var response = client.get(path);
        assertThat(response.code()).as(path).isEqualTo(200);
        assertThat(response.headers().get("Content-Type").getFirst()).startsWith("application/json");
        return JsonAnswer.of(response);
    }

    private static List<String> texts(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.path("items").forEach(item -> texts.add(item.path("text").asText()));
        return texts;
    }

    @Test
    void the_list_answers_a_page_with_every_field_of_each_recommendation() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode page = get(client, "/api/v1/recommendations?sur=DZA&rs=SVK&size=1");
            assertThat(page.path("page").asInt()).isEqualTo(1);
            assertThat(page.path("size").asInt()).isEqualTo(1);
            assertThat(page.path("total").asInt()).isGreaterThan(1);
            JsonNode item = page.path("items").get(0);
            assertThat(item.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("id", "text", "paragraph",
                    "state_under_review", "session", "cycle", "review", "recommending_states", "response",
                    "response_final", "pledge", "action_category", "labels", "url");
            assertThat(item.path("text").asText()).isEqualTo(TestWorld.ROME_STATUTE);
            assertThat(item.path("state_under_review").path("code").asText()).isEqualTo("DZA");
            assertThat(item.path("state_under_review").path("name").asText()).isEqualTo("Algeria");
            assertThat(item.path("session").asInt()).isEqualTo(13);
            assertThat(item.path("cycle").asInt()).isEqualTo(2);
            assertThat(item.path("recommending_states").get(0).path("code").asText()).isEqualTo("SVK");
            assertThat(item.path("response").asText()).isEqualTo("Noted");
            assertThat(item.path("response_final").asBoolean()).isTrue();
            assertThat(item.path("pledge").asBoolean()).isFalse();
            assertThat(item.path("action_category").asInt()).isEqualTo(5);
            assertThat(item.path("labels").get(0).toString())
                    .isEqualTo("{\"kind\":\"issue\",\"value\":\"International instruments\",\"origin\":\"source\"}");
            assertThat(item.path("url").asText()).isEqualTo("/recommendations/" + item.path("id").asLong());
            assertThat(item.has("provenance")).isFalse();
        });
    }

    @Test
    void defaults_are_page_one_of_fifty() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode page = get(client, "/api/v1/recommendations");
            assertThat(page.path("page").asInt()).isEqualTo(1);
            assertThat(page.path("size").asInt()).isEqualTo(50);
            assertThat(page.path("items").size()).isEqualTo(Math.min(50, page.path("total").asInt())).isPositive();
        });
    }

    @Test
    void recommending_states_are_named_by_code_or_name_repeated_or_comma_separated() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            int slovakia = get(client, "/api/v1/recommendations?rs=SVK").path("total").asInt();
            int spain = get(client, "/api/v1/recommendations?rs=Spain").path("total").asInt();
            assertThat(slovakia).isPositive();
            assertThat(spain).isPositive();
            assertThat(get(client, "/api/v1/recommendations?rs=svk&rs=ESP").path("total").asInt()).isEqualTo(slovakia + spain);
            assertThat(get(client, "/api/v1/recommendations?rs=Slovakia,%20Spain").path("total").asInt())
                    .isEqualTo(slovakia + spain);
        });
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sur=Algeria&response=supported                     | 3
            sur=DZA&response=Noted                             | 28
            sur=dza&response=accepted                          | 3
            sur=DZA&response=PENDING                           | 0
            cycle=2&session=13                                 | 31
            cycle=1                                            | 0
            sur=DZA&issue=death%20penalty                      | 0
            sur=DZA&issue=enforced%20disappearances            | 5
            pledge=false&sur=DZA                               | 31
            pledge=true&sur=DZA                                | 0
            session=20                                         | 194
            sur=Kazakhstan&response=noted                      | 51
            sur=KAZ&rs=Algeria                                 | 2
            cycle=2&rs=DZA                                     | 2
            """)
    void filters_narrow_the_list(String query, int total) {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode page = get(client, "/api/v1/recommendations?" + query);
            assertThat(page.path("total").asInt()).isEqualTo(total);
            assertThat(page.path("items").size()).isEqualTo(Math.min(total, 50));
        });
    }

    @Test
    void a_page_beyond_the_end_has_no_items_but_the_total() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode page = get(client, "/api/v1/recommendations?page=4000&size=10");
            assertThat(page.path("total").asInt()).isPositive();
            assertThat(page.path("page").asInt()).isEqualTo(4000);
            assertThat(page.path("items").size()).isZero();
        });
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            List<String> all = texts(get(client, "/api/v1/recommendations?sur=DZA&size=500"));
            List<String> paged = new ArrayList<>();
            for (int p = 1; p <= 4; p++) paged.addAll(texts(get(client, "/api/v1/recommendations?sur=DZA&size=10&page=" + p)));
            assertThat(all).hasSize(31);
            assertThat(paged).isEqualTo(all);
        });
    }

    @ParameterizedTest(name = "{0} is a 400 that says: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sur=Atlantis          | sur: no state is known by the code or name 'Atlantis'
            rs=France,Atlantis    | rs: no state is known by the code or name 'Atlantis'
            rs=XYZ                | rs: no state is known by the code or name 'XYZ'
            cycle=5               | cycle must be 1, 2, 3 or 4
            cycle=two             | cycle must be a whole number, not 'two'
            session=0             | session must be a Working Group session number from 1 up
            response=maybe        | response must be Supported, Noted or Pending
            pledge=perhaps        | pledge must be true or false, not 'perhaps'
            page=0                | page counts pages from 1, so it cannot be 0
            page=x                | page must be a whole number, not 'x'
            size=501              | size must be between 1 and 500, not 501
            size=0                | size must be between 1 and 500, not 0
            """)
    void a_wrong_parameter_is_a_400_that_names_it(String query, String message) {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/api/v1/recommendations?" + query);
            assertThat(response.code()).isEqualTo(400);
            JsonNode error = JsonAnswer.of(response).path("error");
            assertThat(error.path("status").asInt()).isEqualTo(400);
            assertThat(error.path("message").asText()).contains(message);
        });
    }

    @Test
    void one_recommendation_comes_with_its_provenance() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            long id = world.recommendation(TestWorld.ROME_STATUTE).id().value();
            JsonNode rec = get(client, "/api/v1/recommendations/" + id);
            assertThat(rec.path("id").asLong()).isEqualTo(id);
            assertThat(rec.path("text").asText()).isEqualTo(TestWorld.ROME_STATUTE);
            JsonNode source = rec.path("provenance").get(0);
            assertThat(source.path("file").asText()).isEqualTo("upr_info_raw_macroman_cr_sample.csv");
            assertThat(source.path("line").asInt()).isEqualTo(2);
            assertThat(source.path("format").asText()).isEqualTo("upr-info");
            assertThat(source.path("imported_at").asText()).isNotBlank();
            assertThat(source.path("response").asText()).isEqualTo("Noted");
        });
    }

    @Test
    void an_unknown_recommendation_is_a_404_and_an_id_that_is_no_number_a_400() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var missing = client.get("/api/v1/recommendations/424242");
            assertThat(missing.code()).isEqualTo(404);
            assertThat(JsonAnswer.of(missing).path("error").path("message").asText())
                    .isEqualTo("No recommendation has the id 424242.");
            var bad = client.get("/api/v1/recommendations/abc");
            assertThat(bad.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(bad).path("error").path("status").asInt()).isEqualTo(400);
        });
    }
}
