package org.upright.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.TestWorld;
import org.upright.web.JsonAnswer;

class ReviewApiTest extends RealExtractsTest {
    @Test
    void the_list_answers_reviews_with_their_session_and_counts() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode page = JsonAnswer.of(client.get("/api/v1/reviews?sur=Algeria"));
            assertThat(page.path("total").asInt()).isEqualTo(1);
            assertThat(page.path("page").asInt()).isEqualTo(1);
            assertThat(page.path("size").asInt()).isEqualTo(50);
            JsonNode review = page.path("items").get(0);
            assertThat(review.path("id").asLong()).isEqualTo(world.algeria().id().value());
            assertThat(review.path("state_under_review").toString()).isEqualTo("{\"code\":\"DZA\",\"name\":\"Algeria\"}");
            assertThat(review.path("session").asInt()).isEqualTo(13);
            assertThat(review.path("cycle").asInt()).isEqualTo(2);
            assertThat(review.path("year").asInt()).isEqualTo(2012);
            assertThat(review.path("starts_on").asText()).isEqualTo("2012-05-21");
            assertThat(review.path("ends_on").asText()).isEqualTo("2012-06-04");
            assertThat(review.has("document_symbol")).isTrue();
            assertThat(review.path("recommendation_count").asInt()).isEqualTo(31);
            assertThat(review.path("url").asText()).isEqualTo("/reviews/" + world.algeria().id());
            assertThat(review.has("recommendations")).isFalse();
        });
    }

    @Test
    void filters_by_cycle_and_session_narrow_the_list() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            assertThat(JsonAnswer.of(client.get("/api/v1/reviews?session=13")).path("total").asInt()).isEqualTo(1);
            assertThat(JsonAnswer.of(client.get("/api/v1/reviews?session=12")).path("total").asInt()).isZero();
            assertThat(JsonAnswer.of(client.get("/api/v1/reviews?cycle=2&sur=DZA")).path("total").asInt()).isEqualTo(1);
            assertThat(JsonAnswer.of(client.get("/api/v1/reviews?cycle=3")).path("items").size()).isZero();
            assertThat(JsonAnswer.of(client.get("/api/v1/reviews?page=5")).path("items").size()).isZero();
        });
    }

    @Test
    void one_review_comes_with_every_recommendation_it_received() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode review = JsonAnswer.of(client.get("/api/v1/reviews/" + world.algeria().id()));
            assertThat(review.path("recommendation_count").asInt()).isEqualTo(31);
            assertThat(review.path("recommendations").size()).isEqualTo(31);
            assertThat(review.path("recommendations").findValuesAsText("text")).contains(TestWorld.ROME_STATUTE);
        });
    }

    @Test
    void wrong_filters_are_400s_and_an_unknown_review_a_404() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var unknownState = client.get("/api/v1/reviews?sur=Narnia");
            assertThat(unknownState.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(unknownState).path("error").path("message").asText()).contains("'Narnia'");
            assertThat(client.get("/api/v1/reviews?session=abc").code()).isEqualTo(400);
            assertThat(client.get("/api/v1/reviews?size=1000").code()).isEqualTo(400);
            var missing = client.get("/api/v1/reviews/9999");
            assertThat(missing.code()).isEqualTo(404);
            assertThat(JsonAnswer.of(missing).path("error").path("message").asText()).isEqualTo("No review has the id 9999.");
        });
    }
}
