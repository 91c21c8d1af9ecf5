package org.upright.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.web.JsonAnswer;

class StateApiTest extends RealExtractsTest {
    @Test
    void the_list_holds_every_state_by_name_with_what_it_received_and_made() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode list = JsonAnswer.of(client.get("/api/v1/states"));
            assertThat(list.path("total").asInt()).isEqualTo(195);
            assertThat(list.path("items").size()).isEqualTo(195);
            assertThat(list.path("items").get(0).path("name").asText()).isEqualTo("Afghanistan");
            JsonNode algeria = null;
            for (JsonNode s : list.path("items")) if (s.path("code").asText().equals("DZA")) algeria = s;
            assertThat(algeria).isNotNull();
            assertThat(algeria.toString()).isEqualTo("{\"code\":\"DZA\",\"name\":\"Algeria\",\"regional_group\":\"Africa\","
                    + "\"member\":true,\"recommendations_received\":31,\"recommendations_made\":2,\"url\":\"/states/DZA\"}");
        });
    }

    @Test
    void one_state_comes_with_its_names_responses_and_reviews_by_code_or_name() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode byCode = JsonAnswer.of(client.get("/api/v1/states/DZA"));
            assertThat(byCode.path("name").asText()).isEqualTo("Algeria");
            assertThat(byCode.path("names").get(0).asText()).isEqualTo("Algeria");
            assertThat(byCode.path("responses").toString()).isEqualTo("{\"Supported\":3,\"Noted\":28}");
            assertThat(byCode.path("reviews").get(0).path("session").asInt()).isEqualTo(13);
            assertThat(byCode.path("reviews").get(0).path("recommendation_count").asInt()).isEqualTo(31);
            assertThat(JsonAnswer.of(client.get("/api/v1/states/algeria"))).isEqualTo(byCode);
            assertThat(JsonAnswer.of(client.get("/api/v1/states/dza"))).isEqualTo(byCode);
        });
    }

    @Test
    void an_unknown_state_is_a_404_naming_it() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var response = client.get("/api/v1/states/Atlantis");
            assertThat(response.code()).isEqualTo(404);
            assertThat(JsonAnswer.of(response).path("error").path("message").asText())
                    .startsWith("No state is known by the code or name 'Atlantis'.");
        });
    }
}
