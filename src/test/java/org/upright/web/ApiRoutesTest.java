package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;

class ApiRoutesTest {
    @TempDir
    Path dir;

    @Test
    void the_openapi_document_is_openapi_3_1_and_describes_every_endpoint_the_app_serves() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                var response = client.get("/api/v1/openapi.json");
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.headers().get("Content-Type").getFirst()).startsWith("application/json");
                JsonNode doc = JsonAnswer.of(response);
                assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
                List<String> paths = doc.path("paths").properties().stream().map(Map.Entry::getKey).toList();
                assertThat(paths).containsExactlyInAnyOrder("/api/v1", "/api/v1/openapi.json", "/api/v1/states",
                        "/api/v1/states/{code}", "/api/v1/reviews", "/api/v1/reviews/{id}", "/api/v1/recommendations",
                        "/api/v1/recommendations/{id}", "/api/v1/recommendations/{id}/similar", "/api/v1/search",
                        "/api/v1/search/suggest", "/api/v1/search/export", "/api/v1/recommendations/{id}/labels",
                        "/api/v1/classification", "/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/documents", "/api/v1/documents/{id}",
                        "/api/v1/documents/{id}/items/{item}", "/api/v1/incidents", "/api/v1/incidents/{id}",
                        "/api/v1/recommendations/{id}/assessments", "/api/v1/recommendations/{id}/repeats",
                        "/api/v1/recommendations/{id}/repeats/{item}", "/api/v1/states/{code}/scorecard", "/api/v1/stats", "/api/v1/stats/network",
                        "/api/v1/states/{code}/lobbying", "/api/v1/states/{code}/brief",
                        "/api/v1/surveys", "/api/v1/surveys/{id}/results", "/api/v1/subscriptions",
                        "/api/v1/newsletters", "/api/v1/newsletters/{id}", "/api/v1/newsletters/{id}/send");
                for (String path : paths) {
                    if (!doc.path("paths").path(path).has("get")) continue; // the changes are tried by AccessMatrixTest
                    String concrete = path.replace("{code}", "DZA").replace("{id}", "1");
                    var answer = client.get(concrete);
                    // a reading that needs an account (it says so with its security) is refused to a caller without one
                    boolean secured = doc.path("paths").path(path).path("get").has("security");
                    assertThat(answer.code()).as(concrete).isIn(secured ? List.of(401) : List.of(200, 404));
                    if (answer.code() == 404) assertThat(answer.body().string()).as(concrete).doesNotContain("There is nothing at");
                }
            });
        }
    }

    @Test
    void every_reference_in_the_openapi_document_points_at_something() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                JsonNode doc = JsonAnswer.of(client.get("/api/v1/openapi.json"));
                List<String> refs = new ArrayList<>();
                doc.findValues("$ref").forEach(ref -> refs.add(ref.asText()));
                assertThat(refs).isNotEmpty();
                for (String ref : refs) assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            });
        }
    }

    @Test
    void api_v1_answers_programs_with_an_index_and_browsers_with_the_documentation() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                JsonNode index = JsonAnswer.of(client.get("/api/v1"));
                assertThat(index.path("openapi").asText()).isEqualTo("/api/v1/openapi.json");
                assertThat(index.path("endpoints").toString()).contains("/api/v1/recommendations");

                String html = client.get("/api/v1", req -> req.header("Accept", "text/html,*/*")).body().string();
                assertThat(html).contains("<h1>UPRight API v1</h1>", "<code>GET /api/v1/recommendations</code>",
                        "<code>rs</code>", "href=\"/api/v1/states/KAZ\"");
                assertThat(client.get("/api").headers().get("Location")).containsExactly("/api/v1");
            });
        }
    }
}
