package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;

class ErrorsTest {
    @TempDir
    Path dir;

    @Test
    void a_path_that_leads_nowhere_is_a_404_page_that_links_home() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                var response = client.get("/no/such/page");
                assertThat(response.code()).isEqualTo(404);
                assertThat(response.headers().get("Content-Type").getFirst()).startsWith("text/html");
                assertThat(response.body().string()).contains("<h1>Not found</h1>", "There is nothing at /no/such/page.",
                        "<a href=\"/\">Go to the home page</a>");
            });
        }
    }

    @Test
    void under_api_a_path_that_leads_nowhere_is_a_404_in_json() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                var response = client.get("/api/v1/nothing");
                assertThat(response.code()).isEqualTo(404);
                assertThat(response.body().string())
                        .isEqualTo("{\"error\":{\"status\":404,\"message\":\"There is nothing at /api/v1/nothing.\"}}");
            });
        }
    }

    @Test
    void a_failure_inside_is_a_500_in_json_without_a_stack_trace() {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            long id = world.recommendation(TestWorld.ROME_STATUTE).id().value();
            world.app().database().dsl().execute("DROP TABLE label");
            JavalinTest.test(world.app().web(), (server, client) -> {
                var response = client.get("/api/v1/recommendations/" + id);
                assertThat(response.code()).isEqualTo(500);
                String body = response.body().string();
                assertThat(JsonAnswer.of(response).path("error").path("status").asInt()).isEqualTo(500);
                assertThat(body).contains("Something went wrong on the server").doesNotContain("Exception", "at org.", "label");

                var page = client.get("/recommendations/" + id);
                assertThat(page.code()).isEqualTo(500);
                assertThat(page.body().string()).contains("<h1>Server error</h1>").doesNotContain("Exception");
            });
        }
    }

    @Test
    void a_404_page_asked_in_russian_says_so_in_russian() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                // through a client without a cookie jar: the language cookie must not follow into other tests
                var response = new Http(server.port()).get("/no/such/page?lang=ru");
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(response.body()).contains("<h1>Не найдено</h1>", "По адресу /no/such/page ничего нет.")
                        .doesNotContain("Not found", "There is nothing at");
            });
        }
    }

    @Test
    void a_form_sent_without_its_csrf_token_is_refused_in_arabic_for_an_arabic_reader() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                var response = new Http(server.port()).post("/sign-in?lang=ar", java.util.Map.of("email", "a@b.org"));
                assertThat(response.statusCode()).isEqualTo(403);
                assertThat(response.body()).contains("<h1>غير مسموح</h1>", "رمز CSRF مفقود أو خاطئ")
                        .doesNotContain("Not allowed", "Reload the page");
            });
        }
    }

    @Test
    void under_api_the_message_follows_the_readers_language_while_the_status_stays_a_number() {
        try (TestWorld world = TestWorld.empty(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                var response = new Http(server.port()).get("/api/v1/nothing", "Accept-Language", "fr");
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(response.body())
                        .isEqualTo("{\"error\":{\"status\":404,\"message\":\"Il n’y a rien à l’adresse /api/v1/nothing.\"}}");
            });
        }
    }
}
